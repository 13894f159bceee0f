import type { CollegeNote } from '../../../shared/domain/collegeNote';

/**
 * The template a register starts with, in the shape and voice of the college decision of
 * 5 September 2014 (the seed), but without its one-off facts: the texts between square brackets
 * are for the secretary to fill in or replace; everything else is what any year's note says.
 *
 * Titles follow the Decreet over het lokaal bestuur (in force since 2019): the secretary of 2014
 * is now the "algemeen directeur". The 2014 decision cites no legal ground; the one given here is
 * the decree's article on the college's powers, to be checked by the secretariat like every text.
 */
export const COLLEGE_NOTE_DEFAULT: CollegeNote = {
  city: 'Stad Mechelen',
  body: 'College van burgemeester en schepenen',
  meetingDate: null,
  present: '[naam], burgemeester\n[namen], schepenen\n[naam], algemeen directeur',
  agendaNumber: '',
  title: 'Overzicht van de digitale kanalen van de Mechelse diensten en aanverwanten',
  voorgeschiedenis:
    'Op [datum] vroeg [wie] een overzicht van de websites en sociale-mediakanalen van de Mechelse diensten, AGB’s, EVA’s en de projecten die de stad steunt.',
  feitenEnContext:
    'De stad houdt haar websites en sociale-mediakanalen bij in één register: per kanaal de organisatie, de verantwoordelijke, de status, het aantal volgers of likes en de gekende kosten.\n\n' +
    'Hieronder volgt het overzicht van de kanalen per platform, eerst die van de stad, dan die van de partnerprojecten. De tabellen, de kosten en de groei staan in bijlage.',
  juridischeGrond:
    'Het Decreet over het lokaal bestuur van 22 december 2017, artikel 56 (bevoegdheden van het college van burgemeester en schepenen).',
  adviezen: '[Advies van de afdeling Marketing en Communicatie en van de afdeling ICT, of: geen.]',
  argumentatie:
    'Een volledig en actueel overzicht van de digitale kanalen laat toe om voor elk kanaal een verantwoordelijke te bepalen, kanalen die niet meer gebruikt worden te verwijderen en de middelen gericht in te zetten.\n\n' +
    '[Eigen argumentatie aanvullen.]',
  financieleGevolgen: 'Deze beslissing heeft geen financiële gevolgen. De gekende kosten van de kanalen staan in bijlage.',
  articles: [
    'Het college neemt kennis van het overzicht van de digitale kanalen in bijlage.',
    'Het college geeft opdracht aan [dienst] om [opdracht] tegen [datum].',
  ],
  signature:
    'Namens het college van burgemeester en schepenen:\n\nDe algemeen directeur\n(get.) [naam]\n\nDe burgemeester\n(get.) [naam]',
};
