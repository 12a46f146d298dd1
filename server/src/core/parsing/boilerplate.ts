/**
 * Lines a scraper carries over from the web page around the article: navigation, copyright,
 * registration numbers, sharing prompts, credit lines.
 */

const boilerplatePattern =
	/copyright|©|all rights reserved|ICP备|ICP证|公网安备|版权所有|^(?:editor|source|share|tags?|related(?: stories| articles)?|read more|reporting by|writing by|editing by)\b\s*:?/i;

// Words of site navigation menus and language switchers.
const navigationWords = new Set([
	'home', 'contact', 'us', 'about', 'subscribe', 'login', 'log', 'in', 'sign', 'search', 'menu', 'share', 'print',
	'email', 'e-mail', 'facebook', 'twitter', 'x', 'wechat', 'weibo', 'whatsapp', 'linkedin', 'newsletter', 'rss',
	'sitemap', 'more', 'top', 'back', 'next', 'previous', 'english', 'français', 'español', 'deutsch', 'русский',
	'العربية', 'português', 'italiano', '中文', '日本語', '한국어', '简体', '繁體', 'archive', 'archives', '|', '/',
]);

/** Boilerplate lines are short; a long line is article text even when it mentions copyright. */
const maxBoilerplateLength = 300;

export function isBoilerplate(text: string, wordCount: number): boolean {
	if (text.length > maxBoilerplateLength) return false;
	if (boilerplatePattern.test(text)) return true;
	if (wordCount < 2 || wordCount > 10 || /[.!?。]$/.test(text)) return false;
	const words = text.toLowerCase().split(/\s+/);
	const hits = words.filter((word) => navigationWords.has(word)).length;
	return hits >= 2 && hits * 3 >= words.length * 2;
}
