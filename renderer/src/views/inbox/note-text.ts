// Reading a quick note for what it might become: a short form for button names, its first line (a title),
// and a guess at the name of the person it is about (the user always sees and can change the guess).

/** A short form of the note for accessible names ("Log “Ask Sam about…” as an interaction"). */
export function excerpt(text: string): string {
  const line = firstLine(text);
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** The first line with text in it, trimmed. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  );
}

/** What follows the first line (trimmed), or '' when the note is one line. */
export function afterFirstLine(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  return first < 0
    ? ''
    : lines
        .slice(first + 1)
        .join('\n')
        .trim();
}

/** A title from the note: its first line, shortened at a word boundary when long. */
export function titleFrom(text: string, max = 80): string {
  const line = firstLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const CAPITAL = /^\p{Lu}\p{L}/u;
const ENDS_RUN = /[,.;:!?)—–]$/u;
/** Words a note often starts with that are not names ("Ask Sam…", "Fråga Anna…"). */
const LEADS = new Set(
  'ask call email mail text thank meet met invite remind ping message write follow congratulate fråga ring maila sms:a tacka träffa träffade bjud påminn skriv hör gratulera'.split(
    ' ',
  ),
);

interface Run {
  at: number;
  words: string[];
}

/** Capitalised runs of up to three words ("Maria Svensson") with the index of their first word. */
function capitalRuns(line: string): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  line.split(/\s+/).forEach((raw, index) => {
    const word = raw.replace(/^[("“”'‘]+/u, '').replace(/(['’]s)?[,.;:!?)"“”'’—–]*$/u, '');
    const lead = index === 0 && LEADS.has(word.toLowerCase());
    if (!lead && CAPITAL.test(word) && (!current || current.words.length < 3)) {
      if (!current) runs.push((current = { at: index, words: [] }));
      current.words.push(word);
    } else current = undefined;
    if (ENDS_RUN.test(raw)) current = undefined;
  });
  return runs;
}

/**
 * Who the note is probably about, from its first line: a full name it starts with ("Maria Svensson — …"),
 * else a capitalised name further on ("Coffee with Anna Lind", "Ask Sam about…"), else the capitalised word
 * it starts with ("Maria told me…"), which may just be how the sentence starts.
 */
export function guessName(text: string): string {
  const runs = capitalRuns(firstLine(text));
  const start = runs.find((run) => run.at === 0);
  const pick = start && start.words.length > 1 ? start : (runs.find((run) => run.at > 0) ?? start);
  return pick ? pick.words.join(' ') : '';
}
