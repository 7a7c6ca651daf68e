/**
 * Each built-in rule's proof (the pages it was written against, and its evidence), by rule id.
 * Only tests import this: the rules themselves ship in every content script, their proofs in none.
 */
import { arstechnicaProof } from './arstechnica';
import { bleepingcomputerProof } from './bleepingcomputer';
import { cnetProof } from './cnet';
import { engadgetProof } from './engadget';
import { gizmodoProof } from './gizmodo';
import { heiseProof } from './heise';
import { ninetofivemacProof } from './ninetofivemac';
import { techcrunchProof } from './techcrunch';
import { thenextwebProof } from './thenextweb';
import { theregisterProof } from './theregister';
import { thevergeProof } from './theverge';
import { tomshardwareProof } from './tomshardware';
import type { SiteProof } from './types';
import { venturebeatProof } from './venturebeat';
import { wiredProof } from './wired';
import { zdnetProof } from './zdnet';

export const SITE_PROOFS: Readonly<Record<string, SiteProof>> = {
  theregister: theregisterProof,
  arstechnica: arstechnicaProof,
  bleepingcomputer: bleepingcomputerProof,
  cnet: cnetProof,
  engadget: engadgetProof,
  gizmodo: gizmodoProof,
  heise: heiseProof,
  '9to5mac': ninetofivemacProof,
  techcrunch: techcrunchProof,
  thenextweb: thenextwebProof,
  theverge: thevergeProof,
  tomshardware: tomshardwareProof,
  venturebeat: venturebeatProof,
  wired: wiredProof,
  zdnet: zdnetProof,
};

/** The proof of a registered rule; every rule has one (the site-rules meta-test checks it). */
export function proofOf(id: string): SiteProof {
  const proof = SITE_PROOFS[id];
  if (!proof) throw new Error(`No proof for site rule "${id}"`);
  return proof;
}
