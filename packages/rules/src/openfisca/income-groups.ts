/**
 * Incomes an OpenFisca situation can give as net, taxable or gross amounts (OpenFisca names).
 * Benefits read different ones (RSA: net; housing aid: taxable; ASPA: gross), so when a situation
 * gives only some of them the adapter derives the others (openfisca/derive-incomes.ts) rather
 * than count them as zero. Add a line here for a new income with the same three amounts.
 */
export interface IncomeGroup {
  income: 'salary' | 'pension' | 'chomage';
  net: string;
  taxable: string;
  gross: string;
}

export const incomeGroups: readonly IncomeGroup[] = [
  {
    income: 'salary',
    net: 'salaire_net',
    taxable: 'salaire_imposable',
    gross: 'salaire_de_base',
  },
  {
    income: 'chomage',
    net: 'chomage_net',
    taxable: 'chomage_imposable',
    gross: 'chomage_brut',
  },
  {
    income: 'pension',
    net: 'retraite_nette',
    taxable: 'retraite_imposable',
    gross: 'retraite_brute',
  },
];
