// Conventions to go from what a person knows (net monthly amounts) to the gross and taxable
// amounts the engine also reads. They are estimation conventions, not law: the ratios are those of
// the reference households in /shared/oracle (a full-time private-sector employee). This module is
// the one place to replace when the engine offers its own estimate (see requests-to-rules).

/** Taxable salary ≈ net salary × this (CSG and CRDS not deductible). */
const TAXABLE_PER_NET_SALARY = 1.036;
/** Gross salary ≈ net salary × this (employee social contributions). */
const GROSS_PER_NET_SALARY = 1.2633;

/** The three amounts the engine reads for one net monthly amount, by OpenFisca variable. */
export function incomeVariablesFromNet(variable: string, net: number): Record<string, number> {
  const round = (x: number) => Math.round(x * 100) / 100;
  switch (variable) {
    case 'salaire_net':
      return {
        salaire_net: net,
        salaire_imposable: round(net * TAXABLE_PER_NET_SALARY),
        salaire_de_base: round(net * GROSS_PER_NET_SALARY),
      };
    // Small unemployment benefits and pensions bear little or no CSG: net is taken as taxable
    // and gross, which slightly favours the person and is flagged in the results' notice.
    case 'chomage_net':
      return { chomage_net: net, chomage_imposable: net, chomage_brut: net };
    case 'retraite_nette':
      return { retraite_nette: net, retraite_imposable: net, retraite_brute: net };
    default:
      return { [variable]: net };
  }
}
