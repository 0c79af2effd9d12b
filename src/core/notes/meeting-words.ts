/**
 * The words of meeting, one or several (`meeting`, `calls`, `sync`, `1:1s`, `coffee`, `lunches`; Italian `riunione`, `riunioni`,
 * `pranzi`; German, Spanish and French ones too): `## Calls with Dana and Marco` names a meeting as `## Call with Dana` does.
 */
export const MEETING_WORDS =
	String.raw`(?:meetings?|meet|calls?|syncs?|1\s?[:-]\s?1s?|1on1s?|one[\s-]on[\s-]ones?|chats?|catch[\s-]?ups?|check[\s-]?ins?|coffees?|lunch(?:es)?|dinners?|breakfasts?|drinks|interviews?|standups?|stand-ups?|` +
	String.raw`incontr[oi]|riunion[ei]|chiamat[ae]|pranz[oi]|cen[ae]|caff[eè]|colazion[ei]|aperitiv[oi]|besprechung(?:en)?|treffen|termin|mittagessen|reuni[oó]n(?:es)?|llamadas?|caf[eé]s?|almuerzos?|r[eé]unions?|appels?|d[eé]jeuners?|d[iî]ners?)(?![\p{L}])`;
