import { Injectable } from '@nestjs/common';
import {
  applyCampaignPatch,
  CampaignPatch,
  CampaignSettings,
  CampaignStatus,
  changedFields,
  DomainError,
  DomainErrorCode,
  EDITABLE_AFTER_LAUNCH,
  fieldsLockedAfterLaunch,
  Problem,
  validateCampaignDraft,
  campaignYears,
  countsWorkingDays,
  DeploymentTime,
  WEEKENDS_ONLY,
  workingCalendarWarnings,
} from '@app/domain';
import { AppConfig } from '@app/config';
import {
  CampaignEntity,
  CampaignRepository,
  JurisdictionEntity,
  JurisdictionRepository,
  StandardEntity,
  StandardRepository,
  Transactions,
  WorkingCalendarRepository,
} from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';
import { isUniqueViolation } from '../common/unique-violation';
import { CampaignAccess } from './campaign-access.service';
import { CampaignListQueryDto } from './campaign-list-query.dto';
import { CreateCampaignDto } from './campaign.dto';
import { CampaignPage, CampaignView } from './campaign.view';
import { campaignOf, campaignViewOf } from './campaign.mapper';

/** Campaign drafts and edits: rules checked by validateCampaignDraft, references against the actor's scope. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly standards: StandardRepository,
    private readonly transactions: Transactions,
    private readonly access: CampaignAccess,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly calendars: WorkingCalendarRepository,
    private readonly config: AppConfig,
  ) {}

  /** Creates a DRAFT; 422 lists every problem, 409 when the id is taken. */
  async create(actor: AuthenticatedActor, dto: CreateCampaignDto): Promise<CampaignView> {
    const { id, ...body } = dto;
    const settings: CampaignSettings = {
      ...body,
      awardPolicy: {
        ...body.awardPolicy,
        topN: body.awardPolicy.topN ?? null,
        tieBreak: body.awardPolicy.tieBreak ?? null,
      },
    };
    const standard = await this.checked(actor, settings);
    const row = {
      id,
      ...this.columnsOf(settings, standard),
      status: 'DRAFT' as const,
      createdBy: actor.userId,
    };
    try {
      await this.transactions.run(async (transaction) => {
        await this.campaigns.insert(transaction, row);
        await this.audit.record(
          actor,
          { action: 'CREATE_CAMPAIGN', campaignId: id, payload: settings },
          transaction,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError(DomainErrorCode.CONFLICT, `Campaign ${id} already exists`, { id });
      throw error;
    }
    return this.get(actor, id);
  }

  async list(actor: AuthenticatedActor, filters: CampaignListQueryDto): Promise<CampaignPage> {
    const { rows, total } = await this.access.visiblePage(actor, filters);
    const known = await this.calendars.knownYears();
    const items = rows.map((row) => this.viewOf(row, known));
    return { items, total, limit: filters.limit, offset: filters.offset };
  }

  async get(actor: AuthenticatedActor, id: string): Promise<CampaignView> {
    const [row, known] = await Promise.all([this.access.find(actor, id), this.calendars.knownYears()]);
    return this.viewOf(row, known);
  }

  /** The view with its warnings (years its working days are counted without an imported arrangement). */
  viewOf(row: CampaignEntity, knownYears: number[]): CampaignView {
    const { schedule, inspectionPolicy } = row;
    return campaignViewOf(
      row,
      workingCalendarWarnings(schedule, inspectionPolicy, knownYears, this.config.TIME_ZONE),
    );
  }

  /**
   * Edits a campaign. A DRAFT may change anything; a LAUNCHED one only EDITABLE_AFTER_LAUNCH (409 names
   * the other fields touched); a CANCELLED one nothing. Values sent unchanged do not count as edits.
   */
  async update(actor: AuthenticatedActor, id: string, patch: CampaignPatch): Promise<CampaignView> {
    const row = await this.access.find(actor, id, 'MANAGE');
    const current = campaignOf(row);
    const next = applyCampaignPatch(current, patch);
    this.assertEditable(current.status, fieldsLockedAfterLaunch(current, next), id);
    const changed = changedFields(current, next);
    if (changed.length === 0) return this.viewOf(row, await this.calendars.knownYears());
    const standard = await this.checked(actor, next);
    await this.transactions.run(async (transaction) => {
      const updated = await this.campaigns.updateIfStatus(transaction, id, current.status, {
        ...this.columnsOf(next, standard),
        updatedAt: new Date(),
      });
      // A launch (or cancel) that committed since we read the row changes which edits are allowed.
      if (!updated) {
        throw new DomainError(
          DomainErrorCode.CONFLICT,
          `Campaign ${id} changed status meanwhile; read it and retry`,
        );
      }
      await this.audit.record(
        actor,
        { action: 'UPDATE_CAMPAIGN', campaignId: id, payload: { changed, patch } },
        transaction,
      );
    });
    this.access.changed(id);
    return this.get(actor, id);
  }

  private assertEditable(status: CampaignStatus, locked: string[], id: string): void {
    if (status === 'CANCELLED') {
      throw new DomainError(
        DomainErrorCode.CONFLICT,
        `Campaign ${id} is cancelled; it can no longer change`,
        {
          status,
        },
      );
    }
    if (status === 'LAUNCHED' && locked.length > 0) {
      const message = `Campaign ${id} is launched; ${locked.join(', ')} can no longer change (only ${EDITABLE_AFTER_LAUNCH.join(', ')} can)`;
      throw new DomainError(DomainErrorCode.CONFLICT, message, {
        status,
        fields: locked,
        editableFields: EDITABLE_AFTER_LAUNCH,
      });
    }
  }

  /** The pinned standard, once the rules and every reference check out; else 422 listing every problem. */
  private async checked(actor: AuthenticatedActor, settings: CampaignSettings): Promise<StandardEntity> {
    const problems = validateCampaignDraft(settings, await this.deploymentTime(settings));
    const [organizer, scope, standard] = await Promise.all([
      this.jurisdictions.findById(settings.organizerJurisdictionId),
      this.jurisdictions.findById(settings.scopeJurisdictionId),
      this.standards.findVersionRef(settings.standard.code, settings.standard.version),
    ]);
    problems.push(...this.referenceProblems(actor, settings, organizer, scope));
    if (standard === null) {
      const { code, version } = settings.standard;
      problems.push({
        field: 'standard',
        message: `expected an existing standard version; there is no ${code} v${version}`,
      });
    }
    if (problems.length > 0 || standard === null) throw DomainError.validation(problems);
    return standard;
  }

  /** The zone, and the calendar of the campaign's years when it counts working days. */
  private async deploymentTime(settings: CampaignSettings): Promise<DeploymentTime> {
    const timeZone = this.config.TIME_ZONE;
    if (!countsWorkingDays(settings.schedule, settings.inspectionPolicy)) {
      return { timeZone, calendar: WEEKENDS_ONLY };
    }
    return {
      timeZone,
      calendar: await this.calendars.calendarFor(campaignYears(settings.schedule, timeZone)),
    };
  }

  private referenceProblems(
    actor: AuthenticatedActor,
    settings: CampaignSettings,
    organizer: JurisdictionEntity | null,
    scope: JurisdictionEntity | null,
  ): Problem[] {
    const problems: Problem[] = [];
    const organizerId = settings.organizerJurisdictionId;
    // Unknown and out-of-scope read the same, so the answer does not reveal what exists elsewhere.
    if (organizer === null || !this.scope.isWithin(actor, organizer.path)) {
      const message = `expected a jurisdiction within your scope; ${organizerId} is unknown or outside it`;
      problems.push({ field: 'organizerJurisdictionId', message });
    } else if (organizer.level === 'COMMUNITY') {
      const message = 'expected the office of a street, district, city or province, not a community';
      problems.push({ field: 'organizerJurisdictionId', message });
    }
    if (scope === null || organizer === null || !scope.path.startsWith(organizer.path)) {
      const message = `expected a jurisdiction within the organizer's subtree (${organizerId}); ${settings.scopeJurisdictionId} is not`;
      problems.push({ field: 'scopeJurisdictionId', message });
    }
    return problems;
  }

  private columnsOf(settings: CampaignSettings, standard: StandardEntity): Partial<CampaignEntity> {
    return {
      title: settings.title,
      titleKind: standard.titleKind,
      year: settings.year,
      organizerJurisdictionId: settings.organizerJurisdictionId,
      scopeJurisdictionId: settings.scopeJurisdictionId,
      standardId: standard.id,
      schedule: settings.schedule,
      targets: settings.targets,
      inspectionPolicy: settings.inspectionPolicy,
      awardPolicy: settings.awardPolicy,
    };
  }
}
