import { describe, expect, it } from 'vitest';
import { createProgressBar, formatDuration } from './progress-bar';

const capture = (isTTY: boolean) => {
  const out = { text: '', isTTY, columns: 120, write: (s: string) => (out.text += s) };
  return out;
};

describe('progress bar', () => {
  it('redraws one line on a terminal with count, rate and ETA', () => {
    let t = 0;
    const stream = capture(true);
    const bar = createProgressBar({ stream, total: 100, language: 'en', now: () => t });
    t = 1000;
    bar.update(10);
    t = 2000;
    bar.update(20);
    bar.finish();
    const frames = stream.text.split('\r').filter(Boolean);
    expect(frames).toHaveLength(3);
    expect(frames[1]).toContain('Processed 20/100 (20%) · 10.0/s · ETA 0:08');
    expect(stream.text.endsWith('\n')).toBe(true);
    expect(stream.text.split('\n')).toHaveLength(2);
  });

  it('writes plain lines at most every lineMs elsewhere', () => {
    let t = 0;
    const stream = capture(false);
    const bar = createProgressBar({ stream, total: 10, language: 'vi', now: () => t, lineMs: 5000 });
    for (let i = 1; i <= 10; i++) {
      t += 1000;
      bar.update(i);
    }
    bar.finish();
    expect(stream.text.split('\n').filter(Boolean)).toEqual([
      'Đã xử lý 1/10 (10%) · 1.0/giây · còn khoảng 0:09',
      'Đã xử lý 6/10 (60%) · 1.0/giây · còn khoảng 0:04',
      'Đã xử lý 10/10 (100%) · 1.0/giây · còn khoảng 0:00',
    ]);
    expect(stream.text).not.toContain('\r');
  });

  it('formats durations', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Infinity)).toBe('–');
  });
});
