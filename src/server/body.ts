// Reading and answering JSON over HTTP. Whatever arrives is hostile until read: a body over the
// limit, bytes that are not JSON, or JSON of the wrong shape is answered with a status and one
// sentence, never a crash or a stack trace.
import type { IncomingMessage, ServerResponse } from 'node:http'

export const BODY_LIMIT = 16 * 1024

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export async function readJson(req: IncomingMessage, limit = BODY_LIMIT): Promise<unknown> {
  const declared = Number(req.headers['content-length'])
  if (declared > limit) throw new HttpProblem(413, `the request body is ${declared} bytes; the limit is ${limit}`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new HttpProblem(413, `the request body is over the limit of ${limit} bytes`)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') throw new HttpProblem(400, 'the request has no body; send a JSON object')
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new HttpProblem(400, `the request body is not valid JSON (${(e as Error).message})`)
  }
}

/** The object a route expects, or a 400 saying what is wrong with it. */
export function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpProblem(400, 'the request body must be a JSON object')
  return body as Record<string, unknown>
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

export function sendProblem(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: message }, headers)
}
