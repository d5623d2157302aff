import fs from 'node:fs';
import path from 'node:path';

const MAX_RECENT = 12;

/** Sources opened before, most recent first, kept in a small JSON file; a damaged file reads as empty. */
export class RecentSources {
  constructor(private readonly file: string) {}

  list(): string[] {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string').slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  add(source: string): void {
    const next = [source, ...this.list().filter((entry) => entry !== source)].slice(0, MAX_RECENT);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp-${process.pid}`;
    fs.writeFileSync(temporary, JSON.stringify(next, null, 2));
    fs.renameSync(temporary, this.file);
  }
}
