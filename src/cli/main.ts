import { Command, InvalidArgumentError, Option } from 'commander';
import { InternalError, MarsadError, isMarsadError } from '../base/errors.ts';
import { analyzeBytes, checkDate, type AnalyzeOk, type AnalyzeOptions, type AnalyzeResult } from '../app/analyze.ts';
import { loadResources } from '../app/models.ts';
import { tagConllText } from '../app/ner.ts';
import { buildPipeline } from '../app/presets.ts';
import { DEFAULT_MAX_BYTES, decode } from '../read/decode.ts';
import { EXIT, EXIT_HELP, isUsageError } from './exit.ts';
import { formatSegments, formatText } from './format.ts';
import { collectInputs, readFileBytes, readStdin } from './inputs.ts';

interface CommonOpts {
  encoding?: string;
  published?: string;
  recursive?: boolean;
  inputFormat?: string;
  maxBytes?: number;
}

function parseBytes(v: string): number {
  const m = /^(\d+)\s*(k|kb|m|mb|g|gb)?$/iu.exec(v.trim());
  if (!m) throw new InvalidArgumentError(`"${v}" is not a size (e.g. 20MB, 500k, 1048576)`);
  const unit = (m[2] ?? '').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Number(m[1]) * mult;
}

function validEncoding(v: string): string {
  try {
    new TextDecoder(v);
    return v;
  } catch {
    throw new InvalidArgumentError(`"${v}" is not a known text encoding (try utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6)`);
  }
}

function validDate(v: string): string {
  try {
    return checkDate(v);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function report(label: string, error: MarsadError): void {
  process.stderr.write(`marsad: ${label}: ${error.code}: ${error.message.startsWith(label) ? error.message.slice(label.length + 2) : error.message}\n`);
}

/** Runs the inputs one by one; each yields results or a failure, and the batch goes on. */
async function* runInputs(paths: string[], opts: CommonOpts, analyzeOpts: AnalyzeOptions): AsyncGenerator<AnalyzeResult> {
  const pipeline = buildPipeline('full', loadResources());
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const inputs = collectInputs(paths.length > 0 ? paths : ['-'], opts.recursive ?? false);
  for (const input of inputs) {
    if ('error' in input) {
      yield { ok: false, label: input.path, error: input.error };
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = input.path === '-' ? await readStdin() : readFileBytes(input.path, maxBytes);
    } catch (e) {
      if (isMarsadError(e)) {
        yield { ok: false, label: input.path, error: e };
        continue;
      }
      throw e;
    }
    try {
      yield* analyzeBytes(bytes, input.path, pipeline, { ...analyzeOpts, maxBytes });
    } catch (e) {
      if (isMarsadError(e) && !isUsageError(e.code)) yield { ok: false, label: input.path, error: e };
      else throw e;
    }
  }
}

function finish(ok: number, failed: number): number {
  if (failed === 0) return EXIT.OK;
  return ok === 0 ? EXIT.ALL_FAILED : EXIT.SOME_FAILED;
}

const out = (s: string): void => {
  process.stdout.write(s);
};

/** Runs the inputs, reports each failure on stderr, hands each record on; returns the exit code. */
async function each(paths: string[], opts: CommonOpts, analyzeOpts: AnalyzeOptions, onResult: (r: AnalyzeOk) => void): Promise<number> {
  let ok = 0;
  let failed = 0;
  for await (const r of runInputs(paths, opts, analyzeOpts)) {
    if (!r.ok) {
      failed++;
      report(r.label, r.error);
      continue;
    }
    ok++;
    onResult(r);
  }
  return finish(ok, failed);
}

const inputFormat = (opts: CommonOpts): AnalyzeOptions['format'] => (opts.inputFormat ?? 'auto') as AnalyzeOptions['format'];

async function analyzeCommand(paths: string[], opts: CommonOpts & { format: string; layers?: boolean }): Promise<number> {
  const records: unknown[] = [];
  const analyzeOpts: AnalyzeOptions = { encoding: opts.encoding, published: opts.published, format: inputFormat(opts), layers: opts.layers ?? false };
  const code = await each(paths, opts, analyzeOpts, (r) => {
    if (opts.format === 'jsonl') out(JSON.stringify(r.record) + '\n');
    else if (opts.format === 'text') out(formatText(r.label, r.record) + '\n');
    else records.push(r.record);
  });
  if (opts.format === 'json' && records.length > 0) out(JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + '\n');
  return code;
}

async function segmentCommand(paths: string[], opts: CommonOpts): Promise<number> {
  return each(paths, opts, { encoding: opts.encoding, format: inputFormat(opts) }, (r) => out(formatSegments(r.doc)));
}

function commonOptions(cmd: Command): Command {
  return cmd
    .option('--encoding <name>', 'text encoding of the inputs (default: detected; e.g. utf-8, utf-16le, windows-1256, iso-8859-6)', validEncoding)
    .addOption(
      new Option('--input-format <format>', 'input format (default: from the extension and content)').choices(['auto', 'txt', 'html', 'json', 'jsonl', 'rss', 'atom']),
    )
    .option('-r, --recursive', 'read the files in directories given as paths, recursively')
    .option('--max-bytes <size>', `largest input accepted (default ${DEFAULT_MAX_BYTES / 1024 / 1024}MB)`, parseBytes);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('marsad')
    .description('Marsad (مرصد): Arabic news to structured analysis records')
    .addHelpText('after', '\n' + EXIT_HELP)
    .showHelpAfterError()
    .exitOverride();

  commonOptions(
    program
      .command('analyze')
      .description('analyze articles (files, directories with -r, or - for stdin) and print their analysis records')
      .argument('[paths...]', 'input files; - or nothing reads stdin'),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'text']).default('json'))
    .option('--published <YYYY-MM-DD>', 'publication date, overriding what the input says', validDate)
    .option('--layers', 'also output the token and word layers')
    .addHelpText(
      'after',
      `\nExamples:\n  marsad analyze article.txt --format text\n  marsad analyze pages/ -r --format jsonl > records.jsonl\n  curl -s URL | marsad analyze - --published 2023-03-14\n\n${EXIT_HELP}`,
    )
    .action(async (paths: string[], opts) => setExit(await analyzeCommand(paths, opts)));

  commonOptions(
    program
      .command('segment')
      .description('print each sentence with clitic boundaries marked + (و+ب+حسب), one sentence per line')
      .argument('[paths...]', 'input files; - or nothing reads stdin'),
  )
    .addHelpText('after', `\nExample:\n  echo 'وبحسب المصادر' | marsad segment -\n\n${EXIT_HELP}`)
    .action(async (paths: string[], opts) => setExit(await segmentCommand(paths, opts)));

  program
    .command('ner')
    .description('tag tokens with named-entity BIO tags (ANERcorp types PERS, LOC, ORG, MISC)')
    .argument('[file]', 'input file; - or nothing reads stdin')
    .requiredOption('--conll', 'read one token per line (first column; a blank line between sentences) and print token<TAB>TAG')
    .addHelpText('after', `\nExample:\n  printf 'قال\\nبشار\\nالأسد\\n' | marsad ner --conll -\n\n${EXIT_HELP}`)
    .action(async (file: string | undefined) => setExit(await nerCommand(file ?? '-')));

  return program;
}

async function nerCommand(path: string): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : readFileBytes(path, DEFAULT_MAX_BYTES);
  } catch (e) {
    if (isMarsadError(e)) {
      report(path, e);
      return EXIT.ALL_FAILED;
    }
    throw e;
  }
  const text = decode(bytes, { input: path }).text;
  out(tagConllText(text));
  return EXIT.OK;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    const ce = e as { code?: string; exitCode?: number };
    if (typeof ce.code === 'string' && ce.code.startsWith('commander.')) {
      return ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version' || ce.code === 'commander.help' ? EXIT.OK : EXIT.USAGE;
    }
    if (isMarsadError(e)) {
      process.stderr.write(`marsad: ${e.code}: ${e.message}\n`);
      return isUsageError(e.code) ? EXIT.USAGE : EXIT.ALL_FAILED;
    }
    const what = e instanceof InternalError ? e.message : (e as Error).stack ?? String(e);
    process.stderr.write(`marsad: internal error: ${what}\n`);
    return EXIT.INTERNAL;
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`marsad: internal error: ${String(e)}\n`);
    process.exitCode = EXIT.INTERNAL;
  },
);
