// How Rapport's date field shows a day once written (renderer/src/day-field): Swedish keeps ISO, English
// writes "30 Nov 2026". Specs fill days as ISO, which the field reads in either language.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shownDay(day: string, language: 'en' | 'sv' = 'en'): string {
  if (language === 'sv') return day;
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
