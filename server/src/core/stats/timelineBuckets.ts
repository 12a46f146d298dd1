/**
 * Timeline buckets for header dates: calendar months (`2022-02`) or ISO 8601 weeks (`2022-W05`,
 * Monday to Sunday, numbered by the year that holds the week's Thursday). Dates are `YYYY-MM-DD`
 * and computed in UTC so that no time zone moves a day.
 */
import type { TimelineGranularity } from './corpusStatsTypes';

export interface Bucket {
	readonly key: string;
	/** First day, `YYYY-MM-DD`. */
	readonly start: string;
}

const dayMs = 86_400_000;

export function bucketOf(date: string, granularity: TimelineGranularity): Bucket {
	if (granularity === 'month') {
		return { key: date.slice(0, 7), start: `${date.slice(0, 7)}-01` };
	}
	const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
	const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
	const monday = time - weekday * dayMs;
	const thursday = new Date(monday + 3 * dayMs);
	const weekYear = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / dayMs / 7) + 1;
	return { key: `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`, start: isoDay(monday) };
}

/** The bucket after `bucket` (for filling gaps). */
export function nextBucket(bucket: Bucket, granularity: TimelineGranularity): Bucket {
	const [year, month, day] = bucket.start.split('-').map(Number);
	const next = granularity === 'month' ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day) + 7 * dayMs;
	return bucketOf(isoDay(next), granularity);
}

function isoDay(time: number): string {
	const date = new Date(time);
	const pad = (value: number, width = 2) => String(value).padStart(width, '0');
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
