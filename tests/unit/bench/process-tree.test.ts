import { describe, expect, it } from 'vitest';
import {
  descendantsOf,
  parseStatPpid,
  parseVmRssKB,
  treeRssKB,
  type ProcessRow,
} from '@/scripts/bench/process-tree';

// A `next build` (100) with a worker (101) that has its own child (102), a sibling shell (50)
// that is not part of it, and init (1).
const table: ProcessRow[] = [
  { pid: 1, ppid: 0, rssKB: 10_000 },
  { pid: 50, ppid: 1, rssKB: 4_000 },
  { pid: 100, ppid: 50, rssKB: 500_000 },
  { pid: 101, ppid: 100, rssKB: 300_000 },
  { pid: 102, ppid: 101, rssKB: 200_000 },
  { pid: 103, ppid: 100, rssKB: 0 },
  { pid: 200, ppid: 1, rssKB: 900_000 },
];

describe('the memory of a build’s process tree', () => {
  it('reads the parent pid after the command name, even one with spaces and parentheses', () => {
    expect(parseStatPpid('4242 (node) S 4200 4242 4200 0 -1 4194304')).toBe(4200);
    expect(parseStatPpid('4243 (next-server (v16.4.0)) R 4242 4242 4200 0')).toBe(4242);
    expect(parseStatPpid('garbage')).toBeUndefined();
  });

  it('reads VmRSS in kB, and 0 when a kernel thread or a zombie has none', () => {
    const status = 'Name:\tnode\nState:\tS (sleeping)\nVmPeak:\t 900 kB\nVmRSS:\t  123456 kB\n';
    expect(parseVmRssKB(status)).toBe(123_456);
    expect(parseVmRssKB('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBe(0);
  });

  it('walks from the build to all its descendants and no one else', () => {
    expect(descendantsOf(100, table).sort()).toEqual([100, 101, 102, 103]);
    expect(descendantsOf(102, table)).toEqual([102]);
  });

  it('sums the resident memory of the whole tree', () => {
    expect(treeRssKB(100, table)).toBe(1_000_000);
    expect(treeRssKB(101, table)).toBe(500_000);
  });

  it('counts nothing for a build that has already exited', () => {
    expect(treeRssKB(999, table)).toBe(0);
  });

  it('does not loop on a table where a pid is its own ancestor', () => {
    const loop: ProcessRow[] = [
      { pid: 7, ppid: 8, rssKB: 1 },
      { pid: 8, ppid: 7, rssKB: 2 },
    ];
    expect(treeRssKB(7, loop)).toBe(3);
  });
});
