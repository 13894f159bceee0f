import type { EditorOption } from './gridColumn';

/** Lower case, no accents: "Één" and "een" find the same option. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The option a user means by typing the start of its label ("stadsb" -> "Stadsbestuur
 * Mechelen (Facebook)"): the first label starting with the text, else the first containing it.
 * Undefined when none does.
 */
export function findOption(options: readonly EditorOption[], typed: string): EditorOption | undefined {
  const wanted = fold(typed);
  if (wanted === '') return undefined;
  return options.find(([, label]) => fold(label).startsWith(wanted)) ?? options.find(([, label]) => fold(label).includes(wanted));
}
