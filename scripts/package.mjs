#!/usr/bin/env node
// Packages the extension as a .vsix with @vscode/vsce. Builds minified bundles in a staging copy
// (never touching dist/, which tests and a running editor may be using) and lets .vscodeignore pick
// the files. Prints the contents and the bundle sizes; fails if a bundle exceeds 500 KB.
// Usage: node scripts/package.mjs [--out <file.vsix>] [--json]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BUNDLE_BYTES = 500 * 1024;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { values: options } = parseArgs({
	options: {
		out: { type: 'string', default: join(root, `${manifest.name}-${manifest.version}.vsix`) },
		json: { type: 'boolean', default: false }, // machine-readable summary on stdout (for the package test)
	},
});
const out = resolve(options.out);
// With --json, stdout carries only the summary; progress goes to stderr.
const say = (message) => (options.json ? console.error : console.log)(message);

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, stdio: ['ignore', options.json ? 2 : 'inherit', 'inherit'] });
	if (result.status !== 0) throw new Error(`${basename(command)} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** Names and sizes of the entries of a zip file, from its central directory (no zip64: a vsix is small). */
export function zipEntries(file) {
	const zip = readFileSync(file);
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error(`${file} is not a zip file`);
	const entries = [];
	let offset = zip.readUInt32LE(end + 16);
	for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
		const nameLength = zip.readUInt16LE(offset + 28);
		const extraLength = zip.readUInt16LE(offset + 30);
		const commentLength = zip.readUInt16LE(offset + 32);
		entries.push({
			name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
			size: zip.readUInt32LE(offset + 24),
			localOffset: zip.readUInt32LE(offset + 42),
			method: zip.readUInt16LE(offset + 10),
			compressedSize: zip.readUInt32LE(offset + 20),
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** One entry's bytes (stored or deflated). */
export function zipRead(file, name) {
	const zip = readFileSync(file);
	const entry = zipEntries(file).find((e) => e.name === name);
	if (!entry) throw new Error(`${name} not in ${file}`);
	const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
	const data = zip.subarray(start, start + entry.compressedSize);
	return entry.method === 0 ? data : inflateRawSync(data);
}

const missing = ['README.md', 'CHANGELOG.md', 'language-configuration.json', 'syntaxes/seed.tmLanguage.json', manifest.icon]
	.filter((file) => !existsSync(join(root, file)));
if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((file) => existsSync(join(root, file)))) missing.push('LICENSE');
if (missing.length > 0) {
	console.error(`package: missing ${missing.join(', ')}`);
	process.exit(1);
}

const stage = mkdtempSync(join(tmpdir(), 'seed-package-'));
try {
	// Sources and assets, without anything built, installed or generated.
	const skip = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist', 'bench', 'eval']);
	cpSync(root, stage, {
		recursive: true,
		filter: (src) => src === root || !(skip.has(basename(src)) && dirname(src) === root) && !src.endsWith('.vsix'),
	});
	// The build resolves dependencies from the project's node_modules; the link goes before vsce runs.
	symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
	run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], stage);
	rmSync(join(stage, 'node_modules'));
	rmSync(out, { force: true });
	// The README's screenshots are relative links to files kept out of the package; vsce would
	// otherwise insist on a repository URL to rewrite them (needed only for publishing).
	run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies',
		'--no-rewrite-relative-links', '--allow-missing-repository', '--out', out], stage);
} finally {
	rmSync(stage, { recursive: true, force: true });
}

const entries = zipEntries(out).map(({ name, size }) => ({ name, size }));
const bundles = Object.fromEntries(
	entries.filter(e => /^extension\/dist\/.*\.js$/.test(e.name)).map(e => [e.name.replace('extension/', ''), e.size]),
);
const summary = { vsix: out, bytes: statSync(out).size, entries, bundles };
if (options.json) console.log(JSON.stringify(summary, null, '\t'));
else {
	say(`\n${out} (${(summary.bytes / 1024).toFixed(1)} KB):`);
	for (const { name, size } of entries) say(`  ${name.padEnd(48)} ${(size / 1024).toFixed(1).padStart(8)} KB`);
}
const oversized = Object.entries(bundles).filter(([, size]) => size > MAX_BUNDLE_BYTES);
if (oversized.length > 0) {
	console.error(
		`package: bundles over ${MAX_BUNDLE_BYTES / 1024} KB: `
			+ `${oversized.map(([name, size]) => `${name} ${(size / 1024).toFixed(1)} KB`).join(', ')}`,
	);
	process.exit(1);
}
