#!/usr/bin/env node
// Drives the real workbench (code-server + headless Chromium) as a person would and saves the
// pictures the README shows, under images/screenshots/. Each step waits for what a person would see
// and fails loudly if it does not appear, so a picture never shows an empty editor.
// Usage: node scripts/screenshots.mjs [--out <dir>] [--no-build] [--keep] [--skip hover] [--only overview|coders|explain]
// On failure the page is saved as .vscode-test/screenshots-failure.png (git-ignored); SEED_SHOTS_DEBUG=1
// also prints the browser console.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer, repoRoot } from './code-server/install.mjs';
import { launchBrowser, makeProfile, startCodeServer } from './code-server/host.mjs';

const { values: options } = parseArgs({
	options: {
		out: { type: 'string', default: join(repoRoot, 'images', 'screenshots') },
		'no-build': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		timeout: { type: 'string', default: '240' },
		skip: { type: 'string', multiple: true, default: [] }, // e.g. --skip hover, while a feature is not there yet
		// `overview`: only the Corpus Overview's pictures; `coders`: only Show All Coders and Compare Coders;
		// `explain`: only the hover with seed.entities.explain on
		only: { type: 'string' },
	},
});
const outDir = resolve(options.out);
const say = (message) => console.log(`[screenshots] ${message}`);
const SEED_003 = '003_babea2879160f884.txt';
const SEED_002 = '002_91ec62a49ae75b28.txt';
const SEED_001 = '001_2bec4b55e153d035.txt';

// Chinese lines in the samples would show as empty boxes without a CJK font (1.6 MB package).
function ensureCjkFont() {
	if (spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout.trim()) return;
	say('installing fonts-wqy-microhei so Chinese text renders');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const install = () =>
		spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'fonts-wqy-microhei'], { stdio: 'inherit', env });
	if (install().status !== 0) {
		spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		if (install().status !== 0) say('warning: no CJK font; Chinese text will show as boxes');
	}
}

let server;
let browser;
let page;
let profile;
/** Widens the side bar by `pixels`: drags the sash at its right edge. */
async function widenSideBar(pixels) {
	const sideBar = await page.locator('.part.sidebar').boundingBox();
	if (!sideBar) return;
	const edge = sideBar.x + sideBar.width;
	await page.mouse.move(edge, 400);
	await page.mouse.down();
	await page.mouse.move(edge + pixels, 400, { steps: 5 });
	await page.mouse.up();
}

async function cleanup() {
	await browser?.close().catch(() => {});
	await server?.stop();
	if (profile && !options.keep) profile.remove();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { cleanup().finally(() => process.exit(130)); });

async function main() {
	if (!options['no-build']) {
		const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
		if (build.status !== 0) throw new Error('npm run build failed');
	}
	ensureCodeServer();
	ensureCjkFont();
	mkdirSync(outDir, { recursive: true });
	profile = makeProfile('seed-screenshots-', {
		...(options.only === 'coders' ? { 'seed.annotations.coder': 'bob' } : {}),
		...(options.only === 'explain' ? { 'seed.entities.explain': true } : {}),
		'editor.minimap.enabled': false,
		'outline.collapseItems': 'alwaysCollapse',
		'workbench.activityBar.location': 'default',
		'window.commandCenter': false,
	});
	// The overview's pictures show the samples together with the overview test corpus (two folders, a coder).
	cpSync(join(repoRoot, 'server', 'test', 'fixtures', 'overview', 'seeds'), join(profile.workspace, 'overview'), { recursive: true });
	if (options.only === 'coders') writeCoderFiles(profile.workspace);
	server = await startCodeServer(profile);
	browser = await launchBrowser(profile);
	page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	page.setDefaultTimeout(20_000);
	if (process.env.SEED_SHOTS_DEBUG) page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
	await page.goto(server.urlFor({ extensionDevelopmentPath: repoRoot }), { waitUntil: 'domcontentloaded' });

	const shots = [];
	const shot = async (name) => {
		// Let the last hover/animation settle: wait for two animation frames, not a fixed time.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const file = join(outDir, `${name}.png`);
		await page.screenshot({ path: file });
		shots.push(file);
		say(`saved ${relative(repoRoot, file)} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
	};
	const explorerRow = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
	const editorText = (text) => page.locator('.editor-instance .view-lines', { hasText: text });
	// F1, type, and wait until the wanted entry is the selected one; Enter then runs it.
	const palette = async (text, choose = text) => {
		await page.keyboard.press('F1');
		const input = page.locator('.quick-input-widget input.input');
		await input.waitFor({ state: 'visible' });
		await input.fill(`>${text}`);
		// Move the selection onto the entry, as a person using the arrow keys would. The list renders only
		// the rows in view, so the entry may appear only once the selection scrolls down to it.
		const focused = page.locator('.quick-input-widget .monaco-list-row.focused');
		await focused.waitFor();
		for (let i = 0; i < 80 && !(await focused.textContent())?.includes(choose); i++) await page.keyboard.press('ArrowDown');
		await focused.filter({ hasText: choose }).waitFor();
	};
	const runCommand = async (text) => {
		await palette(text);
		await page.keyboard.press('Enter');
		await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
	};

	if (options.only === 'coders') return codersShots();
	if (options.only === 'explain') {
		say('hovering a detected name with seed.entities.explain on');
		await explorerRow(SEED_003).click();
		await editorText('CGTN: China, Russia vow').waitFor();
		// The first `Winter Olympics` of 003 is not in the registry: the detector found it by its head word.
		await hoverName('Winter Olympics', 'Rules:');
		await shot('explain-hover');
		return shots;
	}
	if (options.only === 'overview') {
		await explorerRow(SEED_003).click();
		await editorText('CGTN: China, Russia vow').waitFor();
		return overviewShots();
	}

	say('opening 003 from the explorer');
	await explorerRow(SEED_003).click();
	await editorText('CGTN: China, Russia vow').waitFor();
	// Widen the side bar so outline names are readable.
	await widenSideBar(110);
	// Give the outline room: collapse the folder tree above it and the timeline below.
	for (const title of ['Seeds', 'Timeline']) {
		const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: title }).first();
		if (await header.count()) await header.click();
	}
	await runCommand('Explorer: Focus on Outline View');
	const outlineRow = (text) => page.locator('.pane-body .monaco-list-row', { hasText: text }).first();
	// Sections start collapsed (setting above); open the article, one level deep.
	const article = outlineRow('CGTN: China, Russia vow');
	await article.waitFor();
	if ((await article.getAttribute('aria-expanded')) === 'false') await article.locator('.monaco-tl-twistie').click();
	for (const section of [
		'Close communication maintained',
		'Promoting all-round practical cooperation',
		'Strengthening coordination in international affairs',
	]) {
		await outlineRow(section).waitFor();
	}
	await outlineRow('Close communication maintained').click();
	await page.mouse.move(700, 790);
	await shot('outline');

	if (!options.skip.includes('hover')) {
		say('hovering a name');
		await hoverName('Putin', 'Putin');
		await shot('hover');
		await page.mouse.move(5, 790);
	}
	/** Hovers the first visible `word` in the editor and waits for a hover that shows `shows`. */
	async function hoverName(word, shows) {
		const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: shows }).first();
		// Right after a seed opens, its colours arrive and the editor renders its lines again (recycling their
		// nodes): the word is looked up again before each try, as a person would move the mouse again.
		for (let attempt = 0; ; attempt++) {
			const point = await page.evaluate((word) => {
				const walker = document.createTreeWalker(document.querySelector('.editor-instance .view-lines'), NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const content = node.textContent.replace(/\u00a0/g, ' '); // Monaco renders spaces as U+00A0
					for (let at = content.indexOf(word); at >= 0; at = content.indexOf(word, at + 1)) {
						const range = document.createRange();
						range.setStart(node, at);
						range.setEnd(node, at + word.length);
						const box = range.getBoundingClientRect();
						// On screen and on one line (a wrapped line's word may be split over two).
						if (box.width > 0 && box.height < 30 && box.right < innerWidth && box.bottom < innerHeight) {
							return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
						}
					}
				}
				return undefined;
			}, word);
			if (!point) throw new Error(`no visible "${word}" in the editor`);
			await page.mouse.move(point.x + (attempt % 2), point.y);
			try {
				await hover.waitFor({ state: 'visible', timeout: 4_000 });
				return;
			} catch (error) {
				if (attempt === 5) throw error;
				await page.mouse.move(5, 790);
			}
		}
	}

	say('opening 002 and the Problems panel');
	const folders = page.locator('.pane-header[aria-expanded="false"]', { hasText: 'Seeds' }).first();
	if (await folders.count()) await folders.click();
	await explorerRow(SEED_002).click();
	await editorText('President Xi Jinping Holds Talks').waitFor();
	await runCommand('View: Focus Problems');
	const missingDateRows = page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-date' });
	await missingDateRows.first().waitFor();
	await shot('problems');
	// Other seeds of the workspace may miss their date too: the fix on 002 takes one row away, not all.
	const missingDatesBefore = await missingDateRows.count();

	say('quick fix on line 1');
	await page.locator('.editor-instance .view-line').first().click();
	await page.keyboard.press('Home');
	await page.keyboard.press('Control+.');
	const preferred = page.locator('.action-widget .monaco-list-row.focused', { hasText: '2022-02-05' });
	await preferred.waitFor();
	await shot('quick-fix');
	await page.keyboard.press('Enter');
	await editorText('date 2022-02-05 President Xi Jinping').waitFor();
	for (const deadline = Date.now() + 15_000; (await missingDateRows.count()) >= missingDatesBefore;) {
		if (Date.now() > deadline) throw new Error(`the quick fix left ${missingDatesBefore} missing-date rows in the Problems panel`);
		await page.waitForTimeout(100);
	}
	await shot('date-header-inserted');

	say('running a Seed command from the palette on 003');
	await explorerRow(SEED_003).click();
	await editorText('CGTN: China, Russia vow').waitFor();
	await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-date' }).first().waitFor();
	await palette('Seed: ', 'Seed: Insert Date Header');
	await shot('command-palette');
	await page.keyboard.press('Enter');
	// With several dates in the text the command asks which one, best first: take that one.
	// (View lines are recycled DOM nodes, not in line order: look for the text, not the first node.)
	const header = editorText(/date\s\d{4}-\d{2}-\d{2}\sCGTN:\sChina,\sRussia\svow/); // \s: Monaco renders spaces as U+00A0
	const question = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'date' });
	try {
		await Promise.race([header.waitFor(), question.waitFor()]);
	} catch {
		throw new Error('"Seed: Insert Date Header" showed neither a header nor a choice of dates on 003');
	}
	if (await question.isVisible()) await page.keyboard.press('Enter');
	await header.waitFor();

	say('tagging a quotation and a phrase in 003 with the keybinding');
	await page.keyboard.press('Escape');
	// The passages must be in view: close the panel and bring the quotation near the top.
	await runCommand('View: Hide Panel');
	// A passage is selected as a person would: click before its first word, shift-click after its last.
	const select = async (phrase) => {
		const box = await textBox(phrase);
		await page.mouse.click(box.left + 1, box.middle);
		await page.keyboard.down('Shift');
		await page.mouse.click(box.right, box.middle);
		await page.keyboard.up('Shift');
	};
	const tagWith = async (tag, shotName) => {
		await page.keyboard.press('Control+Alt+T');
		const input = page.locator('.quick-input-widget input.input');
		await input.waitFor({ state: 'visible' });
		await page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
		await input.fill(tag);
		await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: tag }).waitFor();
		if (shotName) await shot(shotName);
		await page.keyboard.press('Enter');
		await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
	};
	await select('Your visit this time fulfills our promise');
	await tagWith('claim/quote', 'tag-picker');
	await select('mutual trust');
	await tagWith('frame/cooperation');
	await page.locator('.statusbar-item', { hasText: '2 tags' }).first().waitFor();
	await runCommand('Explorer: Focus on Seed Tags View');
	const tagRow = (text) => page.locator('.pane-body .monaco-list-row', { hasText: text }).first();
	for (const tag of ['claim/quote', 'frame/cooperation']) {
		const row = tagRow(tag);
		await row.waitFor();
		if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
	}
	await page.mouse.move(700, 790);
	await shot('tags');

	say('removing a tag: the Undo offer');
	const trust = await textBox('mutual trust');
	await page.mouse.click(trust.left + 10, trust.middle);
	await runCommand('Seed: Remove Tag');
	const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Removed "frame/cooperation"' });
	await toast.waitFor();
	// The toast slides in: wait until it stands still and is fully opaque.
	for (let last = ''; ;) {
		const now = JSON.stringify([await toast.boundingBox(), await toast.evaluate((element) => getComputedStyle(element).opacity)]);
		if (now === last && now.endsWith(',"1"]')) break;
		last = now;
		await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
	}
	await shot('remove-tag-undo');
	await page.locator('.notifications-toasts .monaco-button', { hasText: 'Undo' }).first().click();
	await page.locator('.statusbar-item', { hasText: '2 tags' }).first().waitFor();

	say('001: a date without a year, then the year from the folder');
	await runCommand('View: Show Explorer');
	const seedsPane = page.locator('.pane-header[aria-expanded="false"]', { hasText: 'Seeds' }).first();
	if (await seedsPane.count()) await seedsPane.click();
	await explorerRow(SEED_001).click();
	await editorText('China News Agency, Beijing').waitFor();
	await runCommand('Seed: Insert Date Header');
	const yearless = editorText(/date\sYYYY-02-05/);
	const dateChoice = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'date' });
	await Promise.race([yearless.waitFor(), dateChoice.waitFor()]);
	if (await dateChoice.isVisible()) await page.keyboard.press('Enter');
	await yearless.waitFor();
	const year = await textBox('YYYY');
	await page.mouse.click(year.left + 5, year.middle);
	await page.keyboard.press('Control+.');
	await page.locator('.action-widget .monaco-list-row', { hasText: 'Set the year to 2022' }).first().waitFor();
	await shot('year-quick-fix');
	// The quick-fix menu blocks clicks on the rest of the workbench until it is closed.
	await page.keyboard.press('Escape');
	await page.locator('.action-widget').waitFor({ state: 'hidden' });
	return overviewShots();

	/** Coder bob with "Show All Coders" on: the Tags view lists alice's and carol's passages after his, naming them. */
	async function codersShots() {
		say('Show All Coders in the Tags view');
		await explorerRow(SEED_003).click();
		await editorText('CGTN: China, Russia vow').waitFor();
		for (const title of ['Seeds', 'Outline', 'Timeline']) {
			const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: title }).first();
			if (await header.count()) await header.click();
		}
		await page.locator('.statusbar-item', { hasText: '2 tags' }).first().waitFor();
		await runCommand('Seed: Show All Coders');
		await page.locator('.statusbar-item', { hasText: '2 tags + 3 by others' }).first().waitFor();
		// A wide side bar, so the rows' counts and coder names are read whole.
		await widenSideBar(260);
		await runCommand('Explorer: Focus on Seed Tags View');
		const row = (text) => page.locator('.pane-body .monaco-list-row', { hasText: text }).first();
		const collapsed = (text) => page.locator('.pane-body .monaco-list-row[aria-expanded="false"]', { hasText: text }).first();
		for (const tag of ['claim/quote', 'frame/cooperation', 'frame/economy']) {
			await row(tag).waitFor();
			if (await collapsed(tag).count()) await collapsed(tag).click();
		}
		// Each tag's row of the seed, opened one after the other.
		for (let i = 0; i < 3; i++) {
			await row(SEED_003).waitFor();
			if (!(await collapsed(SEED_003).count())) break;
			await collapsed(SEED_003).click();
		}
		await row('carol · line').waitFor();
		await page.mouse.move(700, 790);
		await shot('coders-tags');
		say('Compare Coders');
		await runCommand('View: Close Primary Side Bar');
		await runCommand('Seed: Compare Coders');
		const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
		await report.locator('#codes tbody tr').first().waitFor();
		// Sorted by uα, keyboard first: the header's sort button focused shows the focus ring too.
		await report.locator('#codes thead button[data-column="1"]').focus();
		await page.keyboard.press('Enter');
		await report.locator('#codes thead th[aria-sort="descending"]').waitFor();
		await page.mouse.move(5, 790);
		await shot('compare-coders');
		return shots;
	}

	/** The Corpus Overview: its top (totals, filters, codes), the heat map with a cell's passages, the timeline. */
	async function overviewShots() {
		say('the Seed Codebook view');
		// Room for the codebook: the folder tree folds away, the Seed Codebook pane opens.
		for (const title of ['Seeds', 'Outline', 'Timeline', 'Seed Tags']) {
			const open = page.locator('.pane-header[aria-expanded="true"]', { hasText: title }).first();
			if (await open.count()) await open.click();
		}
		const codebookPane = page.locator('.pane-header', { hasText: 'Seed Codebook' }).first();
		if ((await codebookPane.getAttribute('aria-expanded')) !== 'true') await codebookPane.locator('.title').click();
		const codeRow = (text) => page.locator('.pane-body .monaco-list-row', { hasText: text }).first();
		// The counts arrive as the background index reaches the overview corpus (4 passages of frame/cooperation
		// there, besides those tagged above).
		await page.locator('.pane-body .monaco-list-row', { hasText: /cooperation\s*(?:[4-9]|\d\d)/ }).first().waitFor({ timeout: 60_000 });
		await codeRow('cooperation').click({ button: 'right' });
		await page.locator('.context-view .action-label', { hasText: 'Merge Into…' }).waitFor();
		await shot('codebook');
		await page.keyboard.press('Escape');
		say('opening the Corpus Overview');
		await runCommand('View: Close Primary Side Bar');
		await runCommand('Seed: Corpus Overview');
		const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
		await view.locator('#totals').waitFor();
		await view.locator('table[data-table="codes"] tbody tr').first().waitFor();
		await view.locator('#filter-granularity').focus();
		await page.mouse.move(5, 790);
		await shot('overview');
		const cell = view.locator('rect.heat-cell[data-code="frame/cooperation"][data-path="overview/a/one.txt"]');
		await cell.scrollIntoViewIfNeeded();
		await cell.click();
		await view.locator('#passages li').first().waitFor();
		await view.locator('#heatmap-title').evaluate((heading) => heading.scrollIntoView());
		await shot('overview-heatmap');
		await view.locator('#timeline-title').evaluate((heading) => heading.scrollIntoView());
		await view.locator('#timeline svg').waitFor();
		await shot('overview-timeline');
		await view.locator('#cooccurrence-title').evaluate((heading) => heading.scrollIntoView());
		await shot('overview-cooccurrence');
		await view.locator('#coders-title').evaluate((heading) => heading.scrollIntoView());
		await shot('overview-entities-coders');
		return shots;
	}

	/** The box of a visible occurrence of `phrase` within one rendered span (Monaco renders spaces as U+00A0). */
	async function textBox(phrase) {
		const box = await page.evaluate((wanted) => {
			const walker = document.createTreeWalker(document.querySelector('.editor-instance .view-lines'), NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + wanted.length);
				const rect = range.getBoundingClientRect();
				if (rect.width > 0 && rect.height < 30) return { left: rect.left, right: rect.right, middle: rect.top + rect.height / 2 };
			}
			return undefined;
		}, phrase);
		if (!box) throw new Error(`no visible "${phrase}" on one line of the editor`);
		return box;
	}
}

let code = 1;
const timer = setTimeout(
	() => {
		console.error(`[screenshots] FAILED: timed out after ${options.timeout} s`);
		cleanup().finally(() => process.exit(1));
	},
	Number(options.timeout) * 1000,
);
try {
	const shots = await main();
	say(`${shots.length} pictures in ${relative(repoRoot, outDir)}`);
	code = 0;
} catch (error) {
	console.error(`[screenshots] FAILED: ${error instanceof Error ? error.message : error}`);
	// What the page showed when a step gave up (git-ignored).
	if (page) {
		const file = join(repoRoot, '.vscode-test', 'screenshots-failure.png');
		mkdirSync(dirname(file), { recursive: true });
		await page.screenshot({ path: file }).then(
			() => console.error(`[screenshots] page at failure: ${relative(repoRoot, file)}`),
			() => {},
		);
	}
} finally {
	clearTimeout(timer);
	await cleanup();
}
process.exit(code);

/** 003 coded by bob (the profile's coder), alice and carol, for the Show All Coders picture. */
function writeCoderFiles(workspace) {
	const text = readFileSync(join(workspace, SEED_003), 'utf8').replace(/^\uFEFF/, '');
	const codings = {
		bob: [['Your visit this time fulfills our promise', 'claim/quote'], ['mutual trust', 'frame/cooperation']],
		alice: [['Your visit this time fulfills our promise', 'claim/quote'], ['mutual trust', 'frame/economy']],
		carol: [['mutual trust', 'frame/cooperation']],
	};
	for (const [coder, passages] of Object.entries(codings)) {
		const items = passages.map(([passage, tag], index) => {
			const start = text.indexOf(passage);
			if (start < 0) throw new Error(`no “${passage}” in ${SEED_003}`);
			const end = start + passage.length;
			return [
				`  - id: ${coder}-${index}`, `    tag: ${tag}`, `    text: ${JSON.stringify(passage)}`,
				`    start: ${start}`, `    end: ${end}`,
				`    before: ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}`,
				`    after: ${JSON.stringify(text.slice(end, end + 32))}`, '    created: "2026-12-01T10:00:00.000Z"',
			].join('\n');
		});
		const file = join(workspace, SEED_003.replace(/\.txt$/, `.${coder}.tags.yaml`));
		writeFileSync(file, ['version: 1', `coder: ${coder}`, 'annotations:', ...items, ''].join('\n'));
	}
}
