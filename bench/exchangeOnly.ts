/**
 * The REFI-QDA rows of `npm run bench` alone: `npm run compile-tests && node out/bench/exchangeOnly.js [runs]`.
 * Prints export and import times (medians), the same run's fflate baseline, their ratios and the load average.
 */
import * as os from 'node:os';
import { benchExchange } from './exchangeBench';

void (async () => {
	const load = os.loadavg()[0];
	const result = await benchExchange(1000, 20, Number(process.argv[2] ?? 3));
	const ms = (value: number) => `${Math.round(value)} ms`;
	console.log(`export ${ms(result.exportMs)} (${(result.exportMs / result.zipBaselineMs).toFixed(1)}× baseline), `
		+ `import ${ms(result.importMs)} (${(result.importMs / result.zipBaselineMs).toFixed(1)}×), `
		+ `baseline ${ms(result.zipBaselineMs)}; load average ${load.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`);
})();
