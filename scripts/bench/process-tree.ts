/**
 * Peak memory of a process and everything it started (a `next build` forks workers), read from
 * Linux's /proc: the parsing and the tree walk are pure functions over text and tables, so they are
 * tested on fixture data; only `readProcessTable` and `watchTreeMemory` touch the machine.
 */
import { readdir, readFile } from 'node:fs/promises';

/** One row of the process table: who started it and how much resident memory it holds. */
export interface ProcessRow {
  pid: number;
  ppid: number;
  rssKB: number;
}

/**
 * The parent pid from the text of /proc/<pid>/stat. The second field (the command name, in
 * parentheses) may itself hold spaces and parentheses, so fields are counted after its last `)`.
 */
export function parseStatPpid(stat: string): number | undefined {
  const end = stat.lastIndexOf(')');
  if (end < 0) return undefined;
  // After the name: state, then ppid.
  const ppid = Number(
    stat
      .slice(end + 1)
      .trim()
      .split(/\s+/)[1],
  );
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** VmRSS in kB from the text of /proc/<pid>/status; 0 for a kernel thread or a zombie (no line). */
export function parseVmRssKB(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) : 0;
}

/**
 * The pids of `rootPid` and all its descendants in the table (the root included only when it is in
 * the table). A pid that shows up as its own ancestor cannot loop: each pid is visited once.
 */
export function descendantsOf(rootPid: number, table: readonly ProcessRow[]): number[] {
  const children = new Map<number, number[]>();
  for (const row of table) {
    const siblings = children.get(row.ppid);
    if (siblings) siblings.push(row.pid);
    else children.set(row.ppid, [row.pid]);
  }
  const seen = new Set<number>();
  const queue = table.some((row) => row.pid === rootPid) ? [rootPid] : [];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return [...seen];
}

/** Resident memory of `rootPid` and all its descendants, in kB. */
export function treeRssKB(rootPid: number, table: readonly ProcessRow[]): number {
  const rss = new Map(table.map((row) => [row.pid, row.rssKB]));
  return descendantsOf(rootPid, table).reduce((sum, pid) => sum + (rss.get(pid) ?? 0), 0);
}

/** Reads the whole process table from /proc; processes that exit while it reads are skipped. */
export async function readProcessTable(): Promise<ProcessRow[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const rows = await Promise.all(
    pids.map(async (name): Promise<ProcessRow | undefined> => {
      try {
        const [stat, status] = await Promise.all([
          readFile(`/proc/${name}/stat`, 'utf8'),
          readFile(`/proc/${name}/status`, 'utf8'),
        ]);
        const ppid = parseStatPpid(stat);
        return ppid === undefined
          ? undefined
          : { pid: Number(name), ppid, rssKB: parseVmRssKB(status) };
      } catch {
        return undefined;
      }
    }),
  );
  return rows.filter((row) => row !== undefined);
}

/**
 * Samples the tree's resident memory every `intervalMs` until `stop()`, which resolves to the peak
 * in MB (null when /proc could not be read, as on macOS). Samples never overlap.
 */
export function watchTreeMemory(rootPid: number, intervalMs = 250) {
  let peakKB: number | null = null;
  let isStopped = false;
  const sample = async () => {
    try {
      const kB = treeRssKB(rootPid, await readProcessTable());
      peakKB = Math.max(peakKB ?? 0, kB);
    } catch {
      // No /proc: leave the peak unknown.
    }
  };
  const loop = (async () => {
    while (!isStopped) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop(): Promise<number | null> {
      isStopped = true;
      await loop;
      return peakKB === null ? null : Math.round((peakKB / 1024) * 10) / 10;
    },
  };
}
