import { Injectable } from '@nestjs/common';
import {
  AuditEventRepository,
  AuditLink,
  CHAIN_START,
  ChainPosition,
  ChainVerification,
  Transaction,
  verifyChain,
} from '@app/persistence';
import { actorFor, CaseReader } from '@app/domain';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { AUDIT_PAGE_DEFAULT } from './audit-page.dto';
import { AuditEventView, AuditTrailPage } from './audit-trail.view';

/** One API-side mutation to record; campaignId '_system' for acts not tied to a campaign. */
export interface AuditEntry {
  action: string;
  campaignId: string;
  payload: unknown;
  communityId?: string | null;
}

/** The chain key for mutations that belong to no campaign (e.g. creating a standard). */
export const SYSTEM_AUDIT_CHAIN = '_system';

export interface AuditPage {
  afterChainIndex?: number;
  limit?: number;
}

const VERIFY_BATCH = 1000;

/** Appends API-side mutations to a campaign's tamper-evident trail, lists trails and verifies them. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  /**
   * Records one mutation by an authenticated actor. Pass the manager of your own transaction so the
   * audit row commits (or rolls back) together with the change; without it, it runs in its own.
   */
  async record(actor: AuthenticatedActor, entry: AuditEntry, manager?: Transaction): Promise<void> {
    const communityId = entry.communityId ?? null;
    const concernsCase = communityId !== null && entry.campaignId !== SYSTEM_AUDIT_CHAIN;
    await this.events.appendApiEvent(
      {
        campaignId: entry.campaignId,
        communityId,
        workflowId: concernsCase ? caseWorkflowId(entry.campaignId, communityId) : null,
        actor: { userId: actor.userId, role: actor.role, displayName: actor.displayName },
        action: entry.action,
        payload: entry.payload,
      },
      manager,
    );
  }

  /** A campaign's trail in chain order, objectors hidden from readers who may not know them. */
  campaignTrail(reader: CaseReader, campaignId: string, page: AuditPage): Promise<AuditTrailPage> {
    return this.page(reader, { campaignId }, page);
  }

  /** One case's trail (its workflow's events and API acts about it), in chain order. */
  caseTrail(
    reader: CaseReader,
    campaignId: string,
    communityId: string,
    page: AuditPage,
  ): Promise<AuditTrailPage> {
    return this.page(reader, { campaignId, workflowId: caseWorkflowId(campaignId, communityId) }, page);
  }

  /** Recomputes the whole chain in batches and names the first broken link. */
  async verify(campaignId: string): Promise<ChainVerification> {
    let from: ChainPosition = CHAIN_START;
    let checked = 0;
    for (;;) {
      const links = await this.links({ campaignId }, from.chainIndex, VERIFY_BATCH);
      const result = verifyChain(links, from);
      checked += result.checked;
      if (!result.ok || links.length < VERIFY_BATCH) return { ...result, checked };
      const last = links[links.length - 1];
      from = { chainIndex: last.chainIndex, hash: last.hash };
    }
  }

  private async page(
    reader: CaseReader,
    where: { campaignId: string; workflowId?: string },
    { afterChainIndex = 0, limit = AUDIT_PAGE_DEFAULT }: AuditPage,
  ): Promise<AuditTrailPage> {
    const links = await this.links(where, afterChainIndex, limit + 1);
    const items = links.slice(0, limit).map((link) => viewOf(link, reader));
    const more = links.length > limit;
    return { items, nextAfterChainIndex: more ? items[items.length - 1].chainIndex : null };
  }

  private links(
    where: { campaignId: string; workflowId?: string },
    afterChainIndex: number,
    take: number,
  ): Promise<AuditLink[]> {
    return this.events.links(where, afterChainIndex, take);
  }
}

function viewOf(link: AuditLink, reader: CaseReader): AuditEventView {
  const { actorId, actorRole, actorName, ...rest } = link;
  const recorded = { userId: actorId, role: actorRole, displayName: actorName };
  // The hash covers the recorded actor; a reader who may not know an objector sees it hidden (the
  // chain is verified on the stored rows, not on this view).
  return { ...rest, actor: actorFor(link.action, recorded, reader) };
}
