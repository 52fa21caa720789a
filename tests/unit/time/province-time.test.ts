import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  secondsToProvinceMidnight,
  toProvinceDate,
} from '@/lib/time/province-time';

describe('toProvinceDate', () => {
  it('uses the province date, seven hours ahead of UTC', () => {
    expect(toProvinceDate(new Date('2025-08-28T16:59:59Z'))).toBe('2025-08-28');
    expect(toProvinceDate(new Date('2025-08-28T17:00:00Z'))).toBe('2025-08-29');
  });
});

describe('addMonths', () => {
  it('adds months across years', () => {
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2020-11-20', 36)).toBe('2023-11-20');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, signed', () => {
    expect(daysBetween('2026-11-23', '2026-12-25')).toBe(32);
    expect(daysBetween('2026-12-25', '2026-11-23')).toBe(-32);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('secondsToProvinceMidnight', () => {
  it('counts to the next midnight in the province, UTC+7', () => {
    // 23:35 in Quảng Ngãi is 16:35 UTC.
    expect(secondsToProvinceMidnight(new Date('2026-11-24T16:35:00Z'))).toBe(25 * 60);
    // At midnight itself the next one is a whole day away.
    expect(secondsToProvinceMidnight(new Date('2026-11-24T17:00:00Z'))).toBe(86_400);
    expect(secondsToProvinceMidnight(new Date('2026-11-24T16:59:59.500Z'))).toBe(1);
    // Across the end of a year.
    expect(secondsToProvinceMidnight(new Date('2026-12-31T12:00:00Z'))).toBe(5 * 3600);
  });
});
