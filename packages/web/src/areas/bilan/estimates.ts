// From what a person knows (net monthly amounts) to the gross and taxable amounts the engine also
// reads. The salary conversion is the engine's (`salaryFromNet`, legal rates with their sources);
// what remains here is which variables each answer fills.
import { parseMonth, salaryFromNet } from '@znr/rules';

/** The three amounts the engine reads for one net monthly amount, by OpenFisca variable. */
export function incomeVariablesFromNet(
  variable: string,
  net: number,
  period: string,
): Record<string, number> {
  switch (variable) {
    case 'salaire_net': {
      const { gross, taxable } = salaryFromNet(net, parseMonth(period));
      return { salaire_net: net, salaire_imposable: taxable, salaire_de_base: gross };
    }
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
