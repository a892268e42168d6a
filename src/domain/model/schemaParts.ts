// The field rules the file format's schemas share, each with the message a user reads.
import { z } from 'zod'
import { thousands } from './limits'

export const id = z.string().min(1, { error: 'must not be empty' }).max(200, { error: 'is longer than 200 characters' })

export const text = (max: number, what: string) =>
  z.string().max(max, { error: (iss) => `${what} is longer than ${thousands(max)} characters (${thousands((iss.input as string).length)})` })

export const oneOf = <T extends string>(values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: (iss) => `must be one of ${values.map((v) => `"${v}"`).join(', ')}, not ${JSON.stringify(iss.input)}` })
