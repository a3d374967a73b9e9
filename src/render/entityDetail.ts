import { formatDateText } from '../lib/dates.js';
import type { Entity, Fact, NameLanguage, Role } from '../model/types.js';
import { DetailPage } from './DetailPage.js';
import type { Style } from './style.js';

/** The order languages are listed in, with the Latin spelling of Kazakh after its Cyrillic one. */
const LANGUAGES: readonly NameLanguage[] = ['en', 'tr', 'ru', 'kk', 'kk-Latn'];

/** A role's dates at their own precision: "2003–2014", "from 2014", "until 2014", or nothing when unknown. */
function roleText(r: Role): string {
  const from = r.from ? formatDateText(r.from) : '';
  const to = r.to ? formatDateText(r.to) : '';
  const when = from && to ? `${from}–${to}` : from ? `from ${from}` : to ? `until ${to}` : '';
  return when ? `${r.role}, ${when}` : r.role;
}

/**
 * One entity for reading: its name, description and type, its name in every language the data records, its
 * other names, its roles with their dates, then every fact that names it, in date order.
 */
export function renderEntityDetail(
  entity: Entity,
  facts: readonly Fact[],
  columns: number,
  style: Style,
): string {
  const { chalk } = style;
  const page = new DetailPage(columns, style);
  page.heading(entity.id).block(entity.name, 2, chalk.bold).block(entity.description, 2).lines('');
  page.field('Type', entity.type);
  const names: Partial<Record<NameLanguage, string>> = { en: entity.name, ...entity.names };
  page.field(
    'Names',
    LANGUAGES.flatMap((lang) => (names[lang] ? [`${lang}: ${names[lang]}`] : [])),
  );
  if (entity.aliases.length > 0) page.field('Aliases', entity.aliases.join(', '));
  if (entity.roles && entity.roles.length > 0) page.field('Roles', entity.roles.map(roleText));

  page.facts(
    `Named in ${facts.length === 1 ? '1 fact' : `${facts.length} facts`}`,
    facts.map((fact) => ({ fact, label: formatDateText(fact.date) })),
  );
  return page.toString();
}
