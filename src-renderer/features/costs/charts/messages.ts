import { defineMessages } from '../../../i18n/i18n';

/** The "Grafieken" section: cost per year by category, budget against actual. */
export const costChartMessages = defineMessages({
  nl: {
    intro: 'Elke grafiek heeft haar cijfers in een tabel eronder. Bedragen in euro.',
    period: '{from} tot en met {to}',
    byCategoryTitle: 'Kosten per jaar, per categorie',
    byCategoryCaption: 'Kosten per jaar en per categorie (gestapeld in de grafiek)',
    budgetTitle: 'Budget tegenover werkelijke kosten per jaar',
    budgetCaption: 'Budget voor het hele register tegenover de werkelijke kosten, per jaar',
    noBudgets: 'Er is in deze periode nog geen budget voor het hele register: voeg er een toe bij Budgetten.',
    noCosts: 'Geen kosten in deze periode.',
    year: 'Jaar',
    total: 'Totaal',
    budget: 'Budget',
    actual: 'Werkelijk',
    difference: 'Verschil',
    noBudget: 'geen budget',
  },
  en: {
    intro: 'Every chart has its figures in a table below it. Amounts in euro.',
    period: '{from} up to and including {to}',
    byCategoryTitle: 'Costs per year, by category',
    byCategoryCaption: 'Costs per year and per category (stacked in the chart)',
    budgetTitle: 'Budget against actual costs per year',
    budgetCaption: 'Budget for the whole register against the actual costs, per year',
    noBudgets: 'There is no budget for the whole register in this period yet: add one under Budgets.',
    noCosts: 'No costs in this period.',
    year: 'Year',
    total: 'Total',
    budget: 'Budget',
    actual: 'Actual',
    difference: 'Difference',
    noBudget: 'no budget',
  },
});
