// What the request edge (apps/api/src/edge) adds to one case action, measured in-process: the
// onRequest checks, reading the JSON body, and the check DTO's validation, each against what it
// replaced. Prints `name: value unit` lines like npm run bench. Run: npm run bench:edge
import 'reflect-metadata';
import { loadavg } from 'node:os';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { plainToInstance } from 'class-transformer';
import { IsArray, IsObject, IsOptional, IsString, MaxLength, validateSync } from 'class-validator';
import secureJson from 'secure-json-parse';
import { SubmitCheckDto } from '../apps/api/src/cases/case-commands.dto';
import { readJsonBody } from '../apps/api/src/edge/json-body';
import { checkRequestEdge } from '../apps/api/src/edge/request-edge';
import { Figures } from './support/figures';

/** The check DTO as it was before the edge work (scores only an object; lists unbounded). */
class CheckBefore {
  @IsObject() scores!: Record<string, number>;
  @IsOptional() @IsArray() @IsString({ each: true }) vetoFlags: string[] = [];
  @IsOptional() @IsString() @MaxLength(5000) findings = '';
  @IsOptional() @IsArray() @IsString({ each: true }) rectifyItems: string[] = [];
}

// A check on the demo's 20-item standard, as an inspector's client sends it.
const scores = Object.fromEntries(
  Array.from({ length: 20 }, (_, index) => [`${'ABCDE'[index % 5]}-0${(index % 4) + 1}`, 4.5]),
);
const CHECK = Buffer.from(
  JSON.stringify({ scores, vetoFlags: [], findings: '消防通道堆放杂物，已要求整改', rectifyItems: ['B-02'] }),
);
const REQUEST = {
  method: 'POST',
  is404: false,
  routeOptions: { config: {} },
  headers: { 'content-type': 'application/json', 'content-length': String(CHECK.length) },
  raw: {
    url: '/campaigns/demo-2026-pingan/cases/c-01/checks',
    rawHeaders: [
      'Host',
      '127.0.0.1:3000',
      'Authorization',
      `Bearer ${'x'.repeat(300)}`,
      'Content-Type',
      'application/json',
      'Content-Length',
      String(CHECK.length),
      'Prefer',
      'read-your-writes',
      'Idempotency-Key',
      'c01-check-0001',
      'User-Agent',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0',
      'Accept',
      'application/json',
    ],
  },
} as unknown as FastifyRequest;
const REPLY = {} as FastifyReply;

/**
 * Microseconds per call of two pieces of work, timed in alternating rounds of `count` calls (after a
 * warm-up) so both see the same machine; the fastest round of each, since other work on a shared
 * machine only ever adds time.
 */
function paired(first: () => void, second: () => void, count: number): [number, number] {
  const round = (work: () => void) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i += 1) work();
    return Number(process.hrtime.bigint() - start) / 1000 / count;
  };
  round(first);
  round(second);
  let best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < 40; i += 1) best = [Math.min(best[0], round(first)), Math.min(best[1], round(second))];
  return best;
}

const figures = new Figures();
const done = () => undefined;
const [checks] = paired(() => checkRequestEdge(REQUEST, REPLY, done), done, 20_000);
figures.add('edge_request_checks_us', checks, 'us');
const [read, parsed] = paired(
  () => readJsonBody(CHECK),
  () => secureJson.parse(CHECK.toString('utf8'), { protoAction: 'error', constructorAction: 'error' }),
  5_000,
);
figures.add('edge_json_body_read_us', read, 'us');
figures.add('fastify_json_parse_us', parsed, 'us');
figures.add('edge_json_body_added_us', read - parsed, 'us');
const plain = JSON.parse(CHECK.toString('utf8')) as object;
const [after, before] = paired(
  () => validateSync(plainToInstance(SubmitCheckDto, plain)),
  () => validateSync(plainToInstance(CheckBefore, plain)),
  1_000,
);
figures.add('check_dto_validation_us', after, 'us');
figures.add('check_dto_validation_before_us', before, 'us');
figures.add('check_dto_validation_added_us', after - before, 'us');
figures.add('edge_added_per_check_us', checks + (read - parsed) + (after - before), 'us');
figures.add('check_body_bytes', CHECK.length, 'bytes');
// Other work on the machine inflates every figure above alike: compare them within one run.
figures.add('load_average', loadavg()[0], 'load');
process.stdout.write(`${figures.lines().join('\n')}\n`);
