import { CaseAction } from './case-actions';
import type { Actor, CaseState, Objection } from './case-state';

/** Who reads a case file, a trail or an event: null for an outside system (webhook receivers). */
export interface CaseReader {
  userId: string;
  role: string;
}

/** What stands in for an objector whom the reader may not know. */
export const HIDDEN_OBJECTOR: Actor = {
  userId: 'objector',
  role: 'OBJECTOR',
  displayName: '异议人（已隐去）',
};

/** How the public form appended the contact to the content before it was kept apart (older cases). */
const LEGACY_CONTACT_MARK = '（联系方式：';

/**
 * Only organizers and administrators learn who raised an objection (异议) and how to reach them: 公示
 * procedures keep the reporter's identity from the unit reported, and from everyone else who reads the
 * case. The objector itself still sees its own name.
 */
export function mayKnowObjector(reader: CaseReader | null, objector: Actor): boolean {
  return reader !== null && (knowsEveryObjector(reader) || reader.userId === objector.userId);
}

function knowsEveryObjector(reader: CaseReader): boolean {
  return reader.role === 'ORGANIZER' || reader.role === 'ADMIN';
}

/** The actor of a trail link or an event as the reader may see it (only objectors are ever hidden). */
export function actorFor(action: string, actor: Actor, reader: CaseReader | null): Actor {
  return action === String(CaseAction.RAISE_OBJECTION) && !mayKnowObjector(reader, actor)
    ? HIDDEN_OBJECTOR
    : actor;
}

/** The case file as the reader may see it: each objector it may not know hidden, with their contact. */
export function caseFileFor(state: CaseState, reader: CaseReader | null): CaseState {
  if (state.objections.length === 0 || (reader !== null && knowsEveryObjector(reader))) return state;
  return {
    ...state,
    objections: state.objections.map((objection) => objectionFor(objection, reader)),
    decisions: state.decisions.map((decision) => {
      const by = actorFor(decision.action, decision.by, reader);
      return by === decision.by ? decision : { ...decision, by };
    }),
  };
}

function objectionFor(objection: Objection, reader: CaseReader | null): Objection {
  if (mayKnowObjector(reader, objection.raisedBy)) return objection;
  const content =
    objection.raisedBy.role === 'PUBLIC' ? withoutLegacyContact(objection.content) : objection.content;
  return { ...objection, content, raisedBy: HIDDEN_OBJECTOR, contact: null };
}

function withoutLegacyContact(content: string): string {
  const at = content.lastIndexOf(LEGACY_CONTACT_MARK);
  return at >= 0 && content.endsWith('）') ? content.slice(0, at) : content;
}
