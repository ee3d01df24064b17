/**
 * The shape of the validator description generated from the zod schema (scripts/generate-schema.ts
 * writes src/generated/feed-ir.ts). The browser validates with this small description and
 * src/core/validator-fast.ts instead of shipping zod itself.
 */
import type {RefinementName} from '../../data-schema/refinements.js';

export type IrCheck =
  | {k: 'regex'; p: string; f?: string; m?: string}
  | {k: 'min'; n: number; m?: string}
  | {k: 'max'; n: number; m?: string}
  | {k: 'gt'; n: number; inc: boolean; m?: string}
  | {k: 'lt'; n: number; inc: boolean; m?: string}
  | {k: 'int'}
  | {k: 'refine'; name: RefinementName; m?: string};

export type IrNode =
  | {t: 'string'; c?: IrCheck[]}
  | {t: 'number'; c?: IrCheck[]}
  | {t: 'boolean'}
  | {t: 'unknown'}
  | {t: 'enum'; v: Array<string | number>}
  | {t: 'literal'; v: unknown[]}
  | {t: 'optional'; i: IrNode}
  | {t: 'default'; i: IrNode; d: unknown}
  | {t: 'array'; e: IrNode; c?: IrCheck[]}
  | {t: 'tuple'; items: IrNode[]}
  | {t: 'union'; o: IrNode[]; m?: string}
  | {t: 'record'; k: IrNode; v: IrNode}
  | {t: 'object'; s: Record<string, IrNode>}
  | {t: 'ref'; r: string};

export interface FeedIr {
  defs: Record<string, IrNode>;
  header: IrNode;
  collections: Record<string, IrNode>;
}
