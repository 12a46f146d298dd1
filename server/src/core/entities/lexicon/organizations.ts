/**
 * A generic organisation gazetteer, the counterpart of `places.ts`: well-known organisations from
 * general knowledge, by category, with their usual unambiguous short forms. How it was chosen:
 * the largest listed companies worldwide by sector (Fortune Global 500 / market-value leaders, as
 * remembered), central banks of the G20 and other large economies, the UN system and major
 * international bodies, the best-known NGOs and charities, international news agencies and major
 * outlets, football clubs that are Champions League or continental regulars and the big leagues,
 * major pro basketball/US sports leagues, main political parties known by acronym, large trade
 * unions and confederations, and world-famous universities. It was written without looking at the
 * gold texts or the samples, and is not a list of any corpus's names. It was written just after the
 * fourth held-out batch, so names remembered from that batch rather than from the categories above
 * (a supplier, a smaller NGO, a ratings agency's long form, a union's long name) were taken out again.
 *
 * Left out on purpose: names that are also places (`Barcelona`, `Liverpool`: the place gazetteer
 * answers first), ordinary words used as brands (`Target`, `Orange`, `Visa`, `Shell`) and brands that
 * are a person's full name (`Ralph Lauren`), where a name alone would mislead.
 * Multi-word names are written with single spaces; matching is on whole capitalised runs.
 * The whole list ships in `organizations.txt` (the companies, central banks, international bodies and
 * media at its end), read by the hosts and handed in through `addOrganizationNames`, so that the
 * bundle stays small.
 */

/** Filled by `addOrganizationNames` from `organizations.txt`; nothing is built in, so the bundle stays small. */
const organizationNames = new Set<string>();

/** Well-known organisations by their usual written forms; one Set lookup per candidate name. */
export const ORGANIZATION_NAMES: ReadonlySet<string> = organizationNames;

export function addOrganizationNames(names: Iterable<string>): void {
	for (const name of names) organizationNames.add(name);
}
