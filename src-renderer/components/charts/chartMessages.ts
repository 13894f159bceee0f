import { defineMessages } from '../../i18n/i18n';

/** What every chart frame says around its drawing: export buttons, the image's name, the legend. */
export const chartMessages = defineMessages({
  nl: {
    chartLabel: '{title}. De cijfers staan in de tabel onder de grafiek.',
    legend: 'Legende',
    exportPng: 'Exporteer als PNG',
    exportSvg: 'Exporteer als SVG',
    exportLabel: '{action}: {title}',
    exportFailed: 'De grafiek kon niet worden geëxporteerd.',
    exportDone: 'Bestand {name} is klaargezet om te downloaden.',
  },
  en: {
    chartLabel: '{title}. The figures are in the table below the chart.',
    legend: 'Legend',
    exportPng: 'Export as PNG',
    exportSvg: 'Export as SVG',
    exportLabel: '{action}: {title}',
    exportFailed: 'The chart could not be exported.',
    exportDone: 'File {name} is ready to download.',
  },
});
