// ESLint (flat config): typescript-eslint's recommended rules and a line-length limit of 140.
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'node_modules/',
			'dist/',
			'out/',
			'.vscode-test/',
			'eval/gold/',
			'eval/dev/',
			'bench/inputs/',
			'screenshots/tmp/',
			'try-out/',
		],
	},
	...tseslint.configs.recommended,
	{
		plugins: { '@stylistic': stylistic },
		rules: {
			'@stylistic/max-len': ['error', { code: 140, tabWidth: 4, ignoreUrls: true, ignoreRegExpLiterals: true }],
		},
	},
);
