/** English ordinal of a number in digits: 1st, 2nd, 3rd, 11th, 35th (the anniversary labels, and the search's form). */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
