/**
 * Generated from the API's own OpenAPI document (GET /docs-json) by openapi-typescript.
 * Do not edit: change the API's DTOs and views, then run `npm run client:generate`.
 * test/e2e/api-client.e2e-spec.ts fails when this file and the API disagree.
 */

export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaigns you may see, newest year first */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Creates a DRAFT campaign; 422 lists every problem */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's audit trail (审计记录) in chain order, paged */
        get: operations["AuditController_campaignTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recomputes the campaign's hash chain, names the first broken link, and checks its end (truncation) */
        post: operations["AuditController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseBatchesController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseBatchesController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/batches/{batchId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseBatchesController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/batches/{batchId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseBatchesController_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case's audit trail, for whoever may see the case */
        get: operations["AuditController_caseTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/chase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_chase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_submitCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/confirm-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_confirmScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/conflict-declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectorAssignmentController_declaredOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/extend-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_extendDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_raiseObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/objections/{objectionId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_resolveObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_rectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/self-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_selfCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/cases/{communityId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseActionsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/conflict-declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InspectorAssignmentController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/inspector-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InspectorAssignmentController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/streets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's streets within your scope (yours alone for a street office); ?name= those whose name starts with it */
        get: operations["CampaignStreetsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edits a DRAFT freely; once launched only title, targets and awardPolicy.tieBreak */
        patch: operations["CampaignsController_update"];
        trace?: never;
    };
    "/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CampaignOperationsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CampaignOperationsController_addCommunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/extend-phase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CampaignOperationsController_extendPhase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Launches a DRAFT: a case for every eligible community in scope (发布通知) */
        post: operations["CampaignsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funnel, overdue, cases in notice and awards per tier, target attainment; ?jurisdictionId= for a subtree */
        get: operations["ProgressController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/progress/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures for each jurisdiction one level below (?jurisdictionId=, default the scope) */
        get: operations["ProgressController_children"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/progress/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The progress table per street with a total row, as .xlsx (default) or .csv */
        get: operations["ProgressController_exportProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scored cases in rank order by the domain ranking rule (total, then the tie-breaks), paged; awarded = within topN */
        get: operations["RankingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One row per case: community, street, stage, total, tier, certificate (.xlsx or .csv) */
        get: operations["ProgressController_exportResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignOperationsController_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first; ?open=true for those still holding steps */
        get: operations["DeadLettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Writes the held steps again now (after fixing the cause); audited */
        post: operations["DeadLettersController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The .xlsx template of an import: title row, notes, header, a sample row, drop-down lists and text-formatted code columns, and a 填写说明 sheet */
        get: operations["ImportTemplatesController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds a province, or a node one level below its parent (ADMIN) */
        post: operations["JurisdictionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jurisdictions/{id}/scope-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A node and its children with their communities counted (eligible, not and why, already titled) */
        get: operations["JurisdictionsController_scopeSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jurisdictions/{id}/subtree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A node and everything under it, within your scope; ?level=COMMUNITY for communities */
        get: operations["JurisdictionsController_subtree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jurisdictions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Imports jurisdictions and communities (.xlsx/.csv); 422 lists every bad cell, writes nothing; template: GET /imports/templates/jurisdictions */
        post: operations["JurisdictionImportController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: account, role, and the scope with its place in the tree */
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changes your own password; every older token is refused, the answer carries a new one */
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A clerk's own cases or an inspector's assigned ones, across campaigns (at most 200) */
        get: operations["MyController_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my/conflict-declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectorAssignmentController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办: what waits for you now, each with its deadline and the console page to do it on */
        get: operations["MyController_todo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicNoticeController_campaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicNoticeController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/notice/{communityId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicNoticeController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StandardsController_list"];
        put?: never;
        /** Creates version 1 of a new standard; 422 lists every problem */
        post: operations["StandardsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standards/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds the next version of a standard (the only way to change one) */
        post: operations["StandardsController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standards/{code}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StandardsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standards/{code}/versions/{version}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version's items as .xlsx (default) or .csv, in the columns POST /standards/sheet reads */
        get: operations["StandardSheetController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standards/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reads a standard's items from .xlsx/.csv (类别, 指标编码, 指标内容, 分值, 计分步长, 适用社区, 一票否决, 佐证材料) and answers its categories to review; writes nothing — save them with POST /standards or /standards/:code/versions; 422 lists every bad cell; template: GET /imports/templates/standards */
        post: operations["StandardSheetController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Titles of the communities in your scope; ?communityId=&titleKind= */
        get: operations["TitlesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/titles/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 摘牌: revokes a title from a day (today by default), with the reason; audited */
        post: operations["TitlesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/titles/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Imports earlier titles from .xlsx or .csv (UTF-8, GBK/GB18030, UTF-16); 422 lists every bad cell and writes nothing; template: GET /imports/templates/titles */
        post: operations["TitlesController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts you manage, by username; ?role=&status=&scopeId=&q=&limit=&offset= */
        get: operations["UsersController_list"];
        put?: never;
        /** Creates an account; 422 lists every problem; a generated password is answered once */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes name, e-mail, role or scope; a new role or scope refuses the account's tokens */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disables the account with a reason: no login, and its tokens are refused at once */
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resets the password (generated when none is given); the account's tokens are refused */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Imports accounts from .csv or .xlsx; 422 lists every bad row and writes nothing */
        post: operations["UsersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        /** Subscribes a URL to event types; the answer carries the signing secret, once */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deactivates the subscription; its pending deliveries become FAILED */
        delete: operations["WebhooksController_deactivate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest deliveries first, with attempts and the last error */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/working-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The years whose holiday arrangement is imported */
        get: operations["WorkingCalendarController_years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/working-calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One year: its 休 and 班 days and source, or weekends only when not imported */
        get: operations["WorkingCalendarController_year"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/working-calendar/{year}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replaces a year’s arrangement from .csv/.xlsx (日期, 类型 休/班, 名称) with ?source=; 422 lists every bad row, writes nothing */
        post: operations["WorkingCalendarController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActorView: {
            displayName: string;
            /** @example ORGANIZER */
            role: string;
            userId: string;
        };
        AddCommunitiesDto: {
            /**
             * @example [
             *       "c-21"
             *     ]
             */
            communityIds: string[];
        };
        AddedCommunitiesView: {
            /** @description cases opened (communities already in the campaign are skipped) */
            added: number;
        };
        AnchoredHeadView: {
            anchoredAt: string;
            chainIndex: number;
            hash: string;
        };
        ApplicationSubmissionView: {
            content: {
                [key: string]: unknown;
            };
            submittedAt: string;
            submittedBy: components["schemas"]["ActorView"];
            version: number;
        };
        AssignedInspectorView: {
            communityId: string | null;
            displayName: string;
            streetId: string | null;
            userId: string;
        };
        AssignInspectorsDto: {
            /** @description user ids of the inspectors, the full new list (add, remove, reassign) */
            inspectorIds: string[];
            /** @example 原检查员回避，转办 */
            reason?: string;
        };
        AuditActorView: {
            displayName: string;
            /** @example ORGANIZER */
            role: string;
            userId: string;
        };
        AuditEventView: {
            /** @example REVIEW_APPLICATION */
            action: string;
            actor: components["schemas"]["AuditActorView"];
            /** @example 2026-03-01T08:00:00.000Z */
            at: string;
            campaignId: string;
            /** @description 1, 2, 3 … within the campaign */
            chainIndex: number;
            communityId?: string | null;
            hash: string;
            id: number;
            /** @description hex SHA-256 of the canonical JSON payload */
            payloadDigest: string;
            /** @description hash of the previous link; 64 zeros for the first */
            prevHash: string;
            /** @description the case's seq */
            seq?: number | null;
            stageAfter?: string | null;
            stageBefore?: string | null;
            workflowId?: string | null;
        };
        AuditTrailPage: {
            items: components["schemas"]["AuditEventView"][];
            /** @description pass as afterChainIndex for the next page; null on the last page */
            nextAfterChainIndex?: number | null;
        };
        AwardPolicyDto: {
            /** @example 自查得分高者优先 */
            tieBreak?: string | null;
            /**
             * @description e.g. 10 for 十佳
             * @example null
             */
            topN?: number | null;
            /** @example 3 */
            validityYears: number;
        };
        AwardView: {
            awardedAt: string;
            certificateNumber: string;
            tier: string;
            validUntil: string;
        };
        /** @enum {string} */
        BatchAction: "ACCEPT_APPLICATION" | "RETURN_APPLICATION" | "CHASE" | "EXTEND_DEADLINE" | "CONFIRM_SCORES";
        /**
         * @description PENDING: not yet run; REFUSED: the case refused the action (code, message say why; a case that does not exist or is not yours: NOT_FOUND, and nothing else about it); FAILED: a dependency was down, run the batch again; NOT_RUN: the batch was stopped before it
         * @enum {string}
         */
        BatchItemStatus: "PENDING" | "SUCCEEDED" | "REFUSED" | "FAILED" | "NOT_RUN";
        BrokenLinkView: {
            actual: string;
            chainIndex: number;
            expected: string;
            id: number;
            /** @enum {string} */
            reason: "hash mismatch" | "previous hash mismatch" | "gap in chain";
        };
        CalendarDayView: {
            /** @example 2026-10-10 */
            date: string;
            /** @enum {string} */
            kind: "REST" | "WORK";
            /**
             * @description 休 a day off, 班 a weekend worked (调休)
             * @enum {string}
             */
            label: "休" | "班";
            /** @example 国庆节 */
            name: string;
        };
        CalendarImportView: {
            /** @description launched campaigns counting working days over the year, told of the change */
            campaignsInformed: number;
            days: components["schemas"]["CalendarDayView"][];
            importedAt?: string | null;
            importedBy?: string | null;
            /** @description false: no arrangement imported; Monday to Friday count, without 调休 */
            known: boolean;
            /** @example 2026年工作日按国务院办公厅通知的节假日安排计算 */
            note: string;
            source?: string | null;
            /**
             * @description working days in the year as counted
             * @example 248
             */
            workingDays: number;
            /** @example 2026 */
            year: number;
        };
        CalendarYearsView: {
            /**
             * @description years whose arrangement is imported
             * @example [
             *       2026
             *     ]
             */
            years: number[];
        };
        CalendarYearView: {
            days: components["schemas"]["CalendarDayView"][];
            importedAt?: string | null;
            importedBy?: string | null;
            /** @description false: no arrangement imported; Monday to Friday count, without 调休 */
            known: boolean;
            /** @example 2026年工作日按国务院办公厅通知的节假日安排计算 */
            note: string;
            source?: string | null;
            /**
             * @description working days in the year as counted
             * @example 248
             */
            workingDays: number;
            /** @example 2026 */
            year: number;
        };
        CampaignLogEntryView: {
            /** @example EXTEND_PHASE:application */
            action: string;
            at: string;
            by: components["schemas"]["ActorView"];
            detail: string;
        };
        CampaignPage: {
            items: components["schemas"]["CampaignView"][];
            limit: number;
            offset: number;
            total: number;
        };
        CampaignProgressView: {
            attainment: components["schemas"]["TargetAttainmentView"];
            awarded: number;
            awardedByTier: components["schemas"]["TierAwardsView"][];
            campaignId: string;
            cases: number;
            eligible: number;
            funnel: components["schemas"]["FunnelStepView"][];
            /** @description if every case now in 公示 were awarded */
            ifNoticeAwarded: components["schemas"]["TargetAttainmentView"];
            inNotice: number;
            jurisdiction: components["schemas"]["ProgressJurisdictionView"];
            /** @description cases in 公示 by the tier they are heading for */
            noticeByTier: components["schemas"]["TierNoticeView"][];
            overdue: number;
            previouslyTitled: number;
            renewals: number;
            /** @description every stage, in stage order */
            stages: components["schemas"]["StageProgressView"][];
            targets: components["schemas"]["TargetsDto"];
            /** @example 平安社区 */
            titleKind: string;
            /** @example 2026 */
            year: number;
        };
        CampaignRunStateView: {
            applicationClosed: boolean;
            campaignId: string;
            log: components["schemas"]["CampaignLogEntryView"][];
            remindersSent: string[];
            schedule: components["schemas"]["ScheduleDto"];
            /** @enum {string} */
            status: "RUNNING" | "CANCELLED" | "FINISHED";
            title: string;
        };
        CampaignView: {
            awardPolicy: components["schemas"]["AwardPolicyDto"];
            createdAt: string;
            /** @description user id */
            createdBy: string;
            /** @example demo-2026-pingan */
            id: string;
            inspectionPolicy: components["schemas"]["InspectionPolicyDto"];
            launchedAt?: string | null;
            /** @example sfjd */
            organizerJurisdictionId: string;
            schedule: components["schemas"]["ScheduleDto"];
            /** @example sfjd */
            scopeJurisdictionId: string;
            standard: components["schemas"]["StandardRefDto"];
            /** @enum {string} */
            status: "DRAFT" | "LAUNCHED" | "CANCELLED";
            targets: components["schemas"]["TargetsDto"];
            /** @example 2026年度示范街道平安社区创建 */
            title: string;
            /**
             * @description the pinned standard's title
             * @example 平安社区
             */
            titleKind: string;
            updatedAt: string;
            /** @description what an organizer should know but that does not stop the campaign */
            warnings: components["schemas"]["CampaignWarningView"][];
            /** @example 2026 */
            year: number;
        };
        CampaignWarningView: {
            /** @enum {string} */
            code: "WORKING_CALENDAR_MISSING";
            /** @example 2027年的节假日安排尚未导入：该年的工作日暂按周一至周五计算，不含节假日和调休。 */
            message: string;
            /** @example 2027 */
            year: number;
        };
        CancelCampaignDto: {
            /** @example 上级通知暂停本年度创建 */
            reason: string;
        };
        /** @enum {string} */
        CaseAction: "SUBMIT_APPLICATION" | "ACCEPT_APPLICATION" | "RETURN_APPLICATION" | "SUBMIT_SELF_CHECK" | "ASSIGN_INSPECTORS" | "RECUSE_INSPECTOR" | "SUBMIT_CHECK" | "SUBMIT_RECTIFICATION" | "CONFIRM_SCORES" | "RAISE_OBJECTION" | "RESOLVE_OBJECTION" | "EXTEND_DEADLINE" | "CHASE" | "WITHDRAW";
        CaseBatchFilterDto: {
            /** @description only cases past their current due date */
            overdue?: boolean;
            /** @enum {string} */
            stage?: "INVITED" | "APPLICATION_REVIEW" | "RETURNED" | "SELF_CHECK" | "INSPECTION" | "RECTIFICATION" | "SCORING" | "NOTICE" | "AWARDED" | "NOT_AWARDED" | "NOT_APPLIED" | "WITHDRAWN";
            /** @example sfjd */
            streetId?: string;
            /** @example 示范 */
            tier?: string;
        };
        CaseBatchItemView: {
            /** @example WRONG_STAGE */
            code: string | null;
            /** @example c-01 */
            communityId: string;
            /** @example 幸福社区 */
            communityName: string;
            /** @description what the refusal named (stage, allowedActions, dueAt), as the single action would answer */
            details: {
                [key: string]: unknown;
            } | null;
            finishedAt: string | null;
            message: string | null;
            position: number;
            /** @description PENDING: not yet run; REFUSED: the case refused the action (code, message say why; a case that does not exist or is not yours: NOT_FOUND, and nothing else about it); FAILED: a dependency was down, run the batch again; NOT_RUN: the batch was stopped before it */
            status: components["schemas"]["BatchItemStatus"];
        };
        CaseBatchView: {
            action: components["schemas"]["BatchAction"];
            campaignId: string;
            createdAt: string;
            failed: number;
            /** Format: uuid */
            id: string;
            /** @description one page of per-case results in the batch order (limit/offset, of ?status= if given) */
            items: components["schemas"]["CaseBatchItemView"][];
            /** @description how many results match ?status= (all cases without it), for paging */
            itemsTotal: number;
            limit: number;
            /** @description cases not run because the batch was stopped first (未执行) */
            notRun: number;
            offset: number;
            params: {
                [key: string]: unknown;
            };
            pending: number;
            refused: number;
            /** @description whether this server is still working through it */
            running: boolean;
            /** @description when it was stopped (停止); null while it may run */
            stoppedAt: string | null;
            /**
             * Format: uuid
             * @description who stopped it
             */
            stoppedBy: string | null;
            succeeded: number;
            /** @description cases in the batch */
            total: number;
        };
        CaseCommunityView: {
            /** @example c-01 */
            id: string;
            /** @enum {string} */
            kind: "URBAN" | "RURAL";
            /** @example 幸福社区 */
            name: string;
            /** @example /dh/lj/cn/sfjd/c-01/ */
            path: string;
            /** @example sfjd */
            streetId: string;
        };
        CaseDecisionView: {
            /** @example RETURN_APPLICATION */
            action: string;
            at: string;
            by: components["schemas"]["ActorView"];
            reasons: string[];
            stage?: components["schemas"]["CaseStage"];
        };
        CaseFileView: {
            allowedActions: components["schemas"]["CaseAction"][];
            state: components["schemas"]["CaseStateView"];
        };
        CasePageView: {
            items: components["schemas"]["CaseSummaryView"][];
            limit: number;
            offset: number;
            total: number;
        };
        CaseScoreView: {
            /** @description self-check minus inspection total */
            deviation: number | null;
            /** @description 自评偏差 beyond the campaign threshold */
            deviationFlagged: boolean;
            /**
             * @example {
             *       "A-01": 9
             *     }
             */
            itemScores: {
                [key: string]: number;
            };
            passed: boolean;
            selfCheckTotal: number | null;
            tier: string | null;
            total: number;
            vetoTriggered: string[];
        };
        /** @enum {string} */
        CaseStage: "INVITED" | "APPLICATION_REVIEW" | "RETURNED" | "SELF_CHECK" | "INSPECTION" | "RECTIFICATION" | "SCORING" | "NOTICE" | "AWARDED" | "NOT_AWARDED" | "NOT_APPLIED" | "WITHDRAWN";
        CaseStateView: {
            applications: components["schemas"]["ApplicationSubmissionView"][];
            award: components["schemas"]["AwardView"] | null;
            campaignId: string;
            checks: components["schemas"]["InspectionCheckView"][];
            closedReason: string | null;
            community: components["schemas"]["CaseCommunityView"];
            communityId: string;
            deadlines: components["schemas"]["DeadlinesView"];
            decisions: components["schemas"]["CaseDecisionView"][];
            inspectors: components["schemas"]["AssignedInspectorView"][];
            /** @description 需补派检查员: how many inspectors the team lacks for the policy's minimum after a recusal (0 or absent: none) */
            inspectorsNeeded?: number;
            noticeEndsAt: string | null;
            objections: components["schemas"]["ObjectionView"][];
            recheckRounds: number[];
            rectification: components["schemas"]["RectificationView"] | null;
            /** @description 申请回避: who left the team, when and why */
            recusals?: components["schemas"]["RecusalView"][];
            remindersSent: string[];
            round: number;
            score: components["schemas"]["CaseScoreView"] | null;
            selfChecks: components["schemas"]["SelfCheckReportView"][];
            seq: number;
            stage: components["schemas"]["CaseStage"];
            workflowId: string;
        };
        CaseSummaryView: {
            communityId: string;
            communityName: string;
            /** @description the deadline the case runs against */
            dueAt: string | null;
            overdue: boolean;
            seq: number;
            stage: components["schemas"]["CaseStage"];
            streetId: string | null;
            /** @example 三墩镇 */
            streetName: string | null;
            tier: string | null;
            totalScore: number | null;
        };
        CaseToStaffView: {
            communityId: string;
            communityName: string;
            /** @description the team assigned now */
            inspectorIds: string[];
            /** @example INSPECTION */
            stage: string;
            streetId: string | null;
        };
        ChainPositionView: {
            chainIndex: number;
            hash: string;
        };
        ChainVerificationView: {
            /** @description links examined, the broken one included */
            checked: number;
            firstBrokenLink?: components["schemas"]["BrokenLinkView"] | null;
            head: components["schemas"]["HeadVerificationView"];
            /** @description every link holds and so does the end of the chain */
            ok: boolean;
        };
        ChangeOwnPasswordDto: {
            currentPassword: string;
            /** @description at least PASSWORD_MIN_LENGTH (10) characters, two kinds, not the username */
            newPassword: string;
        };
        ChaseDto: {
            /** @example 请于本周五前提交自查报告 */
            message: string;
        };
        ChildProgressView: {
            attainment: components["schemas"]["TargetAttainmentView"];
            awarded: number;
            awardedByTier: components["schemas"]["TierAwardsView"][];
            cases: number;
            eligible: number;
            funnel: components["schemas"]["FunnelStepView"][];
            /** @description if every case now in 公示 were awarded */
            ifNoticeAwarded: components["schemas"]["TargetAttainmentView"];
            inNotice: number;
            jurisdiction: components["schemas"]["ProgressJurisdictionView"];
            /** @description cases in 公示 by the tier they are heading for */
            noticeByTier: components["schemas"]["TierNoticeView"][];
            overdue: number;
            previouslyTitled: number;
            renewals: number;
            /** @description every stage, in stage order */
            stages: components["schemas"]["StageProgressView"][];
        };
        ConfirmScoresDto: {
            note?: string;
        };
        CreateCampaignDto: {
            awardPolicy: components["schemas"]["AwardPolicyDto"];
            /**
             * @description a slug: a-z, 0-9 and -, 3 to 64
             * @example sfjd-2026-pingan
             */
            id: string;
            inspectionPolicy: components["schemas"]["InspectionPolicyDto"];
            /** @example sfjd */
            organizerJurisdictionId: string;
            schedule: components["schemas"]["ScheduleDto"];
            /** @example sfjd */
            scopeJurisdictionId: string;
            standard: components["schemas"]["StandardRefDto"];
            targets: components["schemas"]["TargetsDto"];
            /** @example 2026年度示范街道平安社区创建 */
            title: string;
            /** @example 2026 */
            year: number;
        };
        CreateCaseBatchDto: {
            action: components["schemas"]["BatchAction"];
            /**
             * @description the selected cases (1 to 5000); or give filter instead
             * @example [
             *       "c-01",
             *       "c-02"
             *     ]
             */
            communityIds?: string[];
            /** @description every case of the campaign that matches */
            filter?: components["schemas"]["CaseBatchFilterDto"];
            /**
             * Format: uuid
             * @description chosen by the caller (a new UUID per batch): sending the same batch again resumes it — cases already done are not acted on twice
             */
            id: string;
            /**
             * @description CHASE: the message
             * @example 请于本周五前提交自查报告
             */
            message?: string;
            /**
             * @description EXTEND_DEADLINE: the new due date of each case's current deadline. an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-01-15
             */
            newDueAt?: string;
            /** @description CONFIRM_SCORES: an optional note */
            note?: string;
            /**
             * @description RETURN_APPLICATION and EXTEND_DEADLINE: the one reason
             * @example 缺少居委会盖章
             */
            reason?: string;
        };
        CreatedWebhookView: {
            active: boolean;
            /** @description null: every campaign */
            campaignId: string | null;
            createdAt: string;
            /** @description user id */
            createdBy: string;
            deactivatedAt: string | null;
            eventTypes: string[];
            id: string;
            name: string;
            /** @description HMAC-SHA256 key of X-Chuangjian-Signature; shown once, store it now */
            secret: string;
            url: string;
        };
        CreateJurisdictionDto: {
            /**
             * @description communities only
             * @default true
             */
            eligible?: boolean;
            /** @example c-21 */
            id: string;
            /** @example 组织尚未建立 */
            ineligibleReason?: string | null;
            /**
             * @description communities only
             * @enum {string|null}
             */
            kind?: "URBAN" | "RURAL" | null;
            /** @enum {string} */
            level: "PROVINCE" | "CITY" | "DISTRICT" | "STREET" | "COMMUNITY";
            /** @example 幸福社区 */
            name: string;
            /**
             * @description null only for a PROVINCE
             * @example sfjd
             */
            parentId?: string | null;
        };
        CreateStandardDto: {
            categories: components["schemas"]["StandardCategoryDto"][];
            /**
             * @description letters, digits and -; the same code for every version
             * @example PINGAN
             */
            code: string;
            /** @description highest first, e.g. 精品 90, 示范 80, 达标 70 */
            tiers: components["schemas"]["StandardTierDto"][];
            /** @example 平安社区创建标准 */
            title: string;
            /** @example 平安社区 */
            titleKind: string;
        };
        CreateUserDto: {
            /** @example 和平街道创建办 */
            displayName: string;
            /** @example hpjd@example.gov.cn */
            email?: string | null;
            /** @description at least PASSWORD_MIN_LENGTH (10) characters, two kinds of letters/digits/others, not the username; omitted: one is generated and answered once */
            password?: string;
            /** @enum {string} */
            role: "ADMIN" | "ORGANIZER" | "COMMUNITY" | "INSPECTOR" | "OBSERVER";
            /**
             * @description COMMUNITY: its community; ORGANIZER: a street, district, city or province; OBSERVER: any node; INSPECTOR: its street or community (回避 compares streets); ADMIN: none
             * @example hpjd
             */
            scopeId?: string | null;
            /**
             * @description 2–64 letters, digits or . _ @ -
             * @example hpjd-organizer
             */
            username: string;
        };
        CreateWebhookDto: {
            /** @description one campaign; omitted or null: every campaign (ADMIN only) */
            campaignId?: string | null;
            /**
             * @description case.stage_changed, case.submission_received, case.award_granted, case.deadline_missed, notification.created, or ['*']
             * @example [
             *       "case.award_granted"
             *     ]
             */
            eventTypes: string[];
            /** @example 区综治中心 */
            name: string;
            /**
             * @description http:// or https://
             * @example https://hooks.example.org/chuangjian
             */
            url: string;
        };
        DeadLetterRetryView: {
            /** @description the last failure */
            error: string;
            firstSeq: number;
            id: string;
            lastSeq: number;
            steps: number;
            workflowId: string;
        };
        DeadLetterView: {
            campaignId: string;
            communityId: string;
            /** @description the database's message */
            error: string;
            /** @description SQLSTATE, e.g. 23514 */
            errorCode: string | null;
            /** @description failed rounds so far */
            failures: number;
            firstFailedAt: string;
            /** @description the first held (unwritten) step, by case seq */
            firstSeq: number;
            id: string;
            lastFailedAt: string;
            /** @description the last held step */
            lastSeq: number;
            /** @description null while the steps are held */
            resolvedAt: string | null;
            retryRequestedAt: string | null;
            /** @example case:demo-2026-pingan:c-01 */
            workflowId: string;
        };
        DeadlinesView: {
            application?: components["schemas"]["DeadlineView"];
            inspection?: components["schemas"]["DeadlineView"];
            rectification?: components["schemas"]["DeadlineView"];
            selfCheck?: components["schemas"]["DeadlineView"];
        };
        DeadlineView: {
            /** @description ISO date-time */
            dueAt: string;
            /** @description when it was set or last moved */
            setAt: string;
        };
        DeclareConflictDto: {
            /**
             * @description the community whose case you are on the team of
             * @example c-01
             */
            communityId: string;
            /**
             * @description why you may not inspect this community
             * @example 本人配偶在该社区居委会任职
             */
            reason: string;
        };
        DeclaredConflictView: {
            communityId: string;
            declaredAt: string;
            inspectorId: string;
            reason: string;
        };
        DeliveryView: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            id: string;
            lastError: string | null;
            /** @description the message key, sent as X-Chuangjian-Delivery */
            messageKey: string;
            /** @description null once DELIVERED or FAILED */
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "PENDING" | "DELIVERED" | "FAILED";
            /** @example case.stage_changed */
            type: string;
        };
        DisableUserDto: {
            /** @example 调离岗位 */
            reason: string;
        };
        ExcludedCountsView: {
            DECLARED: number;
            OWN_COMMUNITY: number;
            SAME_STREET: number;
        };
        ExtendDeadlineDto: {
            /**
             * @description the new due date of the deadline the case runs against now. an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-01-15
             */
            newDueAt: string;
            /** @example 社区换届，延期两周 */
            reason: string;
        };
        ExtendPhaseDto: {
            /**
             * @description the phase’s new due date for every case. an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-01-15
             */
            newDueAt: string;
            /** @enum {string} */
            phase: "application" | "selfCheck" | "inspection";
            /** @example 春节假期，全体顺延一周 */
            reason: string;
        };
        FunnelStepView: {
            cases: number;
            /** @example 已申报 */
            label: string;
            /** @enum {string} */
            step: "INVITED" | "APPLIED" | "ACCEPTED" | "INSPECTED" | "SCORED" | "PUBLISHED" | "AWARDED";
        };
        GeneratedPasswordView: {
            password: string;
            /** @example 3 */
            row: number;
            username: string;
        };
        HeadProblemView: {
            /** @example the chain ends at link 5 but its signed head is link 7: links 6–7 were deleted */
            message: string;
            /** @enum {string} */
            reason: "SIGNED_HEAD_MISSING" | "SIGNED_HEAD_FORGED" | "TRUNCATED" | "LINKS_AFTER_SIGNED_HEAD" | "HEAD_MISMATCH" | "BELOW_ANCHORED_HEAD" | "ANCHORED_LINK_DIFFERS" | "HEAD_WENT_BACK";
        };
        HeadVerificationView: {
            /** @description null until first anchored */
            anchoredHead?: components["schemas"]["AnchoredHeadView"] | null;
            lastLink?: components["schemas"]["ChainPositionView"] | null;
            ok: boolean;
            problems: components["schemas"]["HeadProblemView"][];
            signedHead?: components["schemas"]["SignedHeadView"] | null;
        };
        InboxPageView: {
            /** @description newest first */
            items: components["schemas"]["NotificationView"][];
            /** @description 未读: unread messages in the whole inbox */
            unread: number;
        };
        InspectionCheckView: {
            findings: string;
            inspectorId: string;
            rectifyItems: string[];
            round: number;
            /**
             * @example {
             *       "A-01": 9
             *     }
             */
            scores: {
                [key: string]: number;
            };
            submittedAt: string;
            vetoFlags: string[];
        };
        InspectionPolicyDto: {
            /** @enum {string} */
            combine: "MEAN" | "TRIMMED_MEAN";
            /** @enum {string} */
            conflictRule: "OWN_COMMUNITY" | "SAME_STREET";
            /**
             * @description 自评偏差 flagged above this many points
             * @example 10
             */
            deviationThreshold: number;
            /** @example 3 */
            maxInspectors: number;
            /** @example 2 */
            minInspectors: number;
            rectificationAllowed: boolean;
            /**
             * @description CALENDAR (自然日) or WORKING (工作日): how rectification and a re-inspection round count days
             * @default CALENDAR
             * @enum {string}
             */
            rectificationDayKind?: "CALENDAR" | "WORKING";
            /**
             * @description 整改 days, counted as rectificationDayKind says
             * @example 14
             */
            rectificationDays: number;
        };
        InspectorLoadView: {
            /** @description open cases the inspector is on now */
            current: number;
            /** @description cases this proposal gives them */
            proposed: number;
            userId: string;
        };
        JurisdictionImportResultView: {
            /**
             * @example {
             *       "STREET": 1,
             *       "COMMUNITY": 20
             *     }
             */
            byLevel: {
                [key: string]: number;
            };
            /** @example 21 */
            imported: number;
        };
        JurisdictionView: {
            eligible: boolean;
            /** @example c-01 */
            id: string;
            ineligibleReason?: string | null;
            /** @example URBAN */
            kind?: string | null;
            /**
             * @example COMMUNITY
             * @enum {string}
             */
            level: "PROVINCE" | "CITY" | "DISTRICT" | "STREET" | "COMMUNITY";
            /** @example 幸福社区 */
            name: string;
            /** @example sfjd */
            parentId?: string | null;
            /** @example /zj/hz/xh/sfjd/c-01/ */
            path: string;
        };
        LaunchResultView: {
            campaign: components["schemas"]["CampaignView"];
            /** @description cases found already open (an interrupted earlier launch) */
            casesAlreadyOpen: number;
            /** @description cases opened by this launch */
            casesOpened: number;
            /** @description ineligible communities: no case */
            leftOut: components["schemas"]["LeftOutCommunityView"][];
        };
        LeftOutCommunityView: {
            /** @example c-19 */
            communityId: string;
            /** @example 新建社区 */
            name: string;
            /** @example 组织尚未建立 */
            reason: string;
        };
        LoginDto: {
            /** @example organizer-demo-pass */
            password: string;
            /** @example organizer */
            username: string;
        };
        LoginResponseDto: {
            accessToken: string;
            expiresInSeconds: number;
            user: components["schemas"]["LoginUserView"];
        };
        LoginUserView: {
            /** @example 街道创建办 */
            displayName: string;
            id: string;
            /** @enum {string} */
            role: "ADMIN" | "ORGANIZER" | "COMMUNITY" | "INSPECTOR" | "OBSERVER";
            /** @description jurisdiction id (a community for a clerk) */
            scopeId: string | null;
            /** @example organizer */
            username: string;
        };
        MeView: {
            displayName: string;
            email?: string | null;
            id: string;
            /** @enum {string} */
            role: "ADMIN" | "ORGANIZER" | "COMMUNITY" | "INSPECTOR" | "OBSERVER";
            scope?: components["schemas"]["UserScopeView"] | null;
            /** @description from the province down to the scope itself; [] for none */
            scopePath: components["schemas"]["PathNodeView"][];
            /** @example 东海省 › 临江市 › 城南区 › 示范街道 */
            scopePathText: string;
            username: string;
        };
        MyCaseView: {
            campaignId: string;
            /** @example 2026年度示范街道平安社区创建 */
            campaignTitle: string;
            /** @description inspector: my check for this round is in */
            checkedThisRound: boolean;
            communityId: string;
            communityName: string;
            /** @description the deadline the case runs against */
            dueAt: string | null;
            overdue: boolean;
            /** @description this round re-checks only the rectified items */
            recheck: boolean;
            /** @description inspection round */
            round: number;
            stage: components["schemas"]["CaseStage"];
            /** @example PINGAN */
            standardCode: string;
            /** @example 1 */
            standardVersion: number;
            streetId: string | null;
            tier: string | null;
            /** @example 平安社区 */
            titleKind: string;
            totalScore: number | null;
        };
        MyConflictView: {
            campaignId: string;
            communityId: string;
        };
        NoticeEntryView: {
            /** @example c-01 */
            communityId: string;
            /** @example 幸福社区 */
            communityName: string;
            /** @description when the notice period ends */
            noticeEndsAt: string | null;
            /** @example 精品 */
            tier: string | null;
            /** @example 92.5 */
            totalScore: number | null;
        };
        NotificationView: {
            body: string;
            campaignId: string;
            communityId: string | null;
            createdAt: string;
            /** @example 42 */
            id: string;
            /** @enum {string} */
            kind: "BEFORE" | "OVERDUE" | "ESCALATION" | "CHASE";
            /**
             * @description the console page the message is about, on the API’s origin
             * @example /console/my/demo-2026-pingan
             */
            link: string | null;
            readAt: string | null;
            /** @example 提醒：请于 … 前提交自查报告 */
            title: string;
            workflowId: string | null;
        };
        ObjectionReceiptView: {
            /** @example objection-1 */
            objectionId: string;
            raisedAt: string;
            /**
             * @description 回执编号
             * @example YY-demo-2026-pingan-c-01-1
             */
            receiptNumber: string;
        };
        ObjectionResolutionView: {
            at: string;
            by: components["schemas"]["ActorView"];
            /** @enum {string} */
            decision: "DISMISS" | "UPHOLD_NOT_AWARDED" | "UPHOLD_REINSPECT";
            reason: string;
        };
        ObjectionView: {
            content: string;
            id: string;
            raisedAt: string;
            raisedBy: components["schemas"]["ActorView"];
            resolution: components["schemas"]["ObjectionResolutionView"] | null;
        };
        PartialAwardPolicyDto: {
            /** @example 自查得分高者优先 */
            tieBreak?: string | null;
            /**
             * @description e.g. 10 for 十佳
             * @example null
             */
            topN?: number | null;
            /** @example 3 */
            validityYears?: number;
        };
        PartialInspectionPolicyDto: {
            /** @enum {string} */
            combine?: "MEAN" | "TRIMMED_MEAN";
            /** @enum {string} */
            conflictRule?: "OWN_COMMUNITY" | "SAME_STREET";
            /**
             * @description 自评偏差 flagged above this many points
             * @example 10
             */
            deviationThreshold?: number;
            /** @example 3 */
            maxInspectors?: number;
            /** @example 2 */
            minInspectors?: number;
            rectificationAllowed?: boolean;
            /**
             * @description CALENDAR (自然日) or WORKING (工作日): how rectification and a re-inspection round count days
             * @default CALENDAR
             * @enum {string}
             */
            rectificationDayKind?: "CALENDAR" | "WORKING";
            /**
             * @description 整改 days, counted as rectificationDayKind says
             * @example 14
             */
            rectificationDays?: number;
        };
        PartialScheduleDto: {
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2026-12-31
             */
            applicationDueAt?: string;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2026-12-01T09:00
             */
            applicationOpensAt?: string;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-03-15T09:00
             */
            awardAt?: string;
            /** @example 5 */
            escalateAfterDays?: number;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-02-28
             */
            inspectionDueAt?: string;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-02-01T09:00
             */
            inspectionStartsAt?: string;
            /**
             * @description CALENDAR: every day counts (自然日); WORKING: working days (工作日, e.g. 公示期为5个工作日)
             * @default CALENDAR
             * @enum {string}
             */
            noticeDayKind?: "CALENDAR" | "WORKING";
            /**
             * @description 公示期 in days, counted as noticeDayKind says
             * @example 7
             */
            noticeDays?: number;
            /** @example 3 */
            overdueRepeatDays?: number;
            /**
             * @example [
             *       7,
             *       1
             *     ]
             */
            reminderDaysBefore?: number[];
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-01-31
             */
            selfCheckDueAt?: string;
        };
        PartialStandardRefDto: {
            /** @example PINGAN */
            code?: string;
            /** @example 1 */
            version?: number;
        };
        PartialTargetsDto: {
            /** @example 60 */
            cumulativeTitlesPercent?: number;
            /** @example 20 */
            newTitlesPercent?: number;
        };
        PathNodeView: {
            /** @example cn */
            id: string;
            /** @example DISTRICT */
            level: string;
            /** @example 城南区 */
            name: string;
        };
        ProgressJurisdictionView: {
            /** @example sfjd */
            id: string;
            /** @enum {string} */
            level: "PROVINCE" | "CITY" | "DISTRICT" | "STREET" | "COMMUNITY";
            /** @example 示范街道 */
            name: string;
            /** @example /dh/lj/cn/sfjd/ */
            path: string;
        };
        ProposedTeamView: {
            communityId: string;
            inspectorIds: string[];
        };
        ProposeTeamsDto: {
            /**
             * @description the cases to staff, 1 to 1000
             * @example [
             *       "c-01",
             *       "c-02"
             *     ]
             */
            communityIds: string[];
            /** @description 随机抽取: break ties by a lot; a seed is drawn and recorded in the audit trail */
            draw?: boolean;
            /** @description 随机抽取 with this seed (0 to 4294967295), to repeat a drawing */
            seed?: number;
            /** @description inspectors per team, within the campaign's policy; default its minimum */
            teamSize?: number;
        };
        PublicCampaignView: {
            /** @example demo-2026-pingan */
            id: string;
            /** @example 示范街道 */
            organizerName: string;
            /** @example 2026年度示范街道平安社区创建 */
            title: string;
            /** @example 平安社区 */
            titleKind: string;
            /** @example 2026 */
            year: number;
        };
        PublicObjectionDto: {
            /** @example 13900000000 */
            contact: string;
            /** @example 该社区上月发生电动车火灾，未如实上报 */
            content: string;
            /** @example 张先生 */
            name: string;
        };
        RaiseObjectionDto: {
            /** @example 该社区上月发生电动车火灾，未如实上报 */
            content: string;
        };
        RankedCaseView: {
            /** @description within the first topN: would be awarded if the ranking stood */
            awarded: boolean;
            communityId: string;
            communityName: string;
            /** @description 1 = first, by the domain ranking rule (total, then the tie-breaks) */
            rank: number;
            /** @enum {string} */
            stage: "INVITED" | "APPLICATION_REVIEW" | "RETURNED" | "SELF_CHECK" | "INSPECTION" | "RECTIFICATION" | "SCORING" | "NOTICE" | "AWARDED" | "NOT_AWARDED" | "NOT_APPLIED" | "WITHDRAWN";
            tier: string;
            totalScore: number;
        };
        RankingPageView: {
            items: components["schemas"]["RankedCaseView"][];
            limit: number;
            offset: number;
            tieBreak: string | null;
            /** @description the titles the campaign awards; null: by tier */
            topN: number | null;
            /** @description ranked cases the caller may see */
            total: number;
        };
        RectificationReportView: {
            content: string;
            submittedAt: string;
            submittedBy: components["schemas"]["ActorView"];
        };
        RectificationView: {
            /** @description item codes to rectify */
            items: string[];
            report: components["schemas"]["RectificationReportView"] | null;
        };
        RecusalView: {
            at: string;
            displayName: string;
            inspectorId: string;
            /** @example 本人配偶在该社区居委会任职 */
            reason: string;
            /** @description the inspection round they left */
            round: number;
        };
        ResetPasswordDto: {
            /** @description the new password; omitted: one is generated and answered once */
            password?: string;
        };
        ResolveObjectionDto: {
            /** @enum {string} */
            decision: "DISMISS" | "UPHOLD_NOT_AWARDED" | "UPHOLD_REINSPECT";
            /** @example 经核实，反映情况不属实 */
            reason: string;
        };
        ReviewApplicationDto: {
            /** @enum {string} */
            decision: "ACCEPT" | "RETURN";
            /**
             * @example [
             *       "缺少居委会盖章"
             *     ]
             */
            reasons?: string[];
        };
        RevokeTitleDto: {
            /** @example 年度复查未通过 */
            reason: string;
            /**
             * @description the day the title is withdrawn; today when absent. the day, in the deployment time zone (TIME_ZONE, default Asia/Shanghai), that the input falls on. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2026-03-01
             */
            revokedAt?: string;
        };
        ScheduleDto: {
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2026-12-31
             */
            applicationDueAt: string;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2026-12-01T09:00
             */
            applicationOpensAt: string;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-03-15T09:00
             */
            awardAt: string;
            /** @example 5 */
            escalateAfterDays: number;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-02-28
             */
            inspectionDueAt: string;
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-02-01T09:00
             */
            inspectionStartsAt: string;
            /**
             * @description CALENDAR: every day counts (自然日); WORKING: working days (工作日, e.g. 公示期为5个工作日)
             * @default CALENDAR
             * @enum {string}
             */
            noticeDayKind?: "CALENDAR" | "WORKING";
            /**
             * @description 公示期 in days, counted as noticeDayKind says
             * @example 7
             */
            noticeDays: number;
            /** @example 3 */
            overdueRepeatDays: number;
            /**
             * @example [
             *       7,
             *       1
             *     ]
             */
            reminderDaysBefore: number[];
            /**
             * @description an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00
             * @example 2027-01-31
             */
            selfCheckDueAt: string;
        };
        ScopeNodeView: {
            /** @description communities under it (itself, for a community) */
            communities: number;
            eligible: number;
            /** @example sfjd */
            id: string;
            /** @description not eligible: left out of the campaign and its targets */
            ineligible: number;
            /** @description why, e.g. 组织尚未建立 */
            ineligibleReasons: string[];
            /**
             * @description communities only
             * @enum {string|null}
             */
            kind: "URBAN" | "RURAL" | null;
            /**
             * @example STREET
             * @enum {string}
             */
            level: "PROVINCE" | "CITY" | "DISTRICT" | "STREET" | "COMMUNITY";
            /** @example 示范街道 */
            name: string;
            parentId: string | null;
            path: string;
            /** @description eligible communities already holding the title for that year */
            titled: number;
        };
        ScopeSummaryView: {
            /** @description one level down, in path order */
            children: components["schemas"]["ScopeNodeView"][];
            node: components["schemas"]["ScopeNodeView"];
        };
        SelfCheckReportView: {
            evidence: {
                [key: string]: string[];
            };
            notes: string;
            /**
             * @example {
             *       "A-01": 9
             *     }
             */
            scores: {
                [key: string]: number;
            };
            submittedAt: string;
            submittedBy: components["schemas"]["ActorView"];
            /** @description out of 100 */
            total: number;
            version: number;
        };
        SignedHeadView: {
            chainIndex: number;
            hash: string;
            /** @enum {string} */
            signature: "VALID" | "INVALID" | "UNKNOWN_KEY";
            signedAt: string;
        };
        StageProgressView: {
            cases: number;
            /** @example 自查 */
            label: string;
            overdue: number;
            stage: components["schemas"]["CaseStage"];
        };
        StandardCategoryDto: {
            /** @example A */
            code: string;
            items: components["schemas"]["StandardItemDto"][];
            /** @example 组织领导 */
            title: string;
        };
        StandardCategoryView: {
            /** @example A */
            code: string;
            items: components["schemas"]["StandardItemView"][];
            /** @example 组织领导 */
            title: string;
        };
        StandardItemDto: {
            /** @enum {string} */
            appliesTo: "URBAN" | "RURAL" | "BOTH";
            /** @example A-01 */
            code: string;
            /**
             * @example [
             *       "领导小组成立文件"
             *     ]
             */
            evidence: string[];
            /**
             * @description 0 only for a pure veto item
             * @example 5
             */
            maxScore: number;
            /** @example 0.5 */
            scoreStep: number;
            /** @example 成立平安创建工作领导小组 */
            title: string;
            /** @description 一票否决 */
            veto: boolean;
        };
        StandardItemView: {
            /** @enum {string} */
            appliesTo: "URBAN" | "RURAL" | "BOTH";
            /** @example A-01 */
            code: string;
            /**
             * @example [
             *       "领导小组名单",
             *       "会议记录"
             *     ]
             */
            evidence: string[];
            /**
             * @description 0 for a pure veto item
             * @example 10
             */
            maxScore: number;
            /** @example 0.5 */
            scoreStep: number;
            /** @example 建立平安创建工作领导小组 */
            title: string;
            /** @description 一票否决 */
            veto: boolean;
        };
        StandardRefDto: {
            /** @example PINGAN */
            code: string;
            /** @example 1 */
            version: number;
        };
        StandardSheetView: {
            categories: components["schemas"]["StandardCategoryView"][];
            /**
             * @description the row the header was found on (title rows above it are skipped)
             * @example 3
             */
            headerRow: number;
            /**
             * @description items read
             * @example 24
             */
            items: number;
        };
        StandardSummaryView: {
            /** @example PINGAN */
            code: string;
            createdAt: string;
            /** @description user id */
            createdBy: string;
            id: string;
            /** @example 平安社区创建标准 */
            title: string;
            /** @example 平安社区 */
            titleKind: string;
            /** @example 1 */
            version: number;
        };
        StandardTierDto: {
            /** @example 90 */
            minTotal: number;
            /** @example 精品 */
            name: string;
        };
        StandardTierView: {
            /** @example 90 */
            minTotal: number;
            /** @example 精品 */
            name: string;
        };
        StandardVersionDto: {
            categories: components["schemas"]["StandardCategoryDto"][];
            /** @description highest first, e.g. 精品 90, 示范 80, 达标 70 */
            tiers: components["schemas"]["StandardTierDto"][];
            /** @example 平安社区创建标准 */
            title: string;
            /** @example 平安社区 */
            titleKind: string;
        };
        StandardView: {
            /** @description categories with their items */
            categories: components["schemas"]["StandardCategoryView"][];
            /** @example PINGAN */
            code: string;
            createdAt: string;
            /** @description user id */
            createdBy: string;
            id: string;
            /** @description highest first */
            tiers: components["schemas"]["StandardTierView"][];
            /** @example 平安社区创建标准 */
            title: string;
            /** @example 平安社区 */
            titleKind: string;
            /** @example 1 */
            version: number;
        };
        SubmitApplicationDto: {
            /**
             * @description free-form: at most 8 levels of objects and lists, at most 64 KiB as JSON
             * @example {
             *       "summary": "申报材料：……",
             *       "contact": "王主任 13800000000"
             *     }
             */
            content: {
                [key: string]: unknown;
            };
        };
        SubmitCheckDto: {
            /** @example 消防通道堆放杂物 */
            findings?: string;
            /**
             * @description items needing rectification (整改)
             * @example [
             *       "B-02"
             *     ]
             */
            rectifyItems?: string[];
            /**
             * @example {
             *       "A-01": 8,
             *       "A-02": 4
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** @example [] */
            vetoFlags?: string[];
        };
        SubmitRectificationDto: {
            /** @example 已清理消防通道并建立巡查台账 */
            content: string;
        };
        SubmitSelfCheckDto: {
            /**
             * @example {
             *       "A-01": [
             *         "file:ledger-2026.pdf"
             *       ]
             *     }
             */
            evidence?: {
                [key: string]: string[];
            };
            /** @example 自查情况说明 */
            notes?: string;
            /**
             * @description a score for every applicable item, keyed by item code
             * @example {
             *       "A-01": 9,
             *       "A-02": 4.5
             *     }
             */
            scores: {
                [key: string]: number;
            };
        };
        SubtreePage: {
            /** @description in path order, the root itself first */
            items: components["schemas"]["JurisdictionView"][];
            /** @description pass as after for the next page */
            nextAfter?: string | null;
        };
        TargetAttainmentView: {
            cumulative: components["schemas"]["TargetProgressView"];
            new: components["schemas"]["TargetProgressView"];
        };
        TargetProgressView: {
            /** @example 5 */
            count: number;
            /** @example 28 */
            eligible: number;
            met: boolean;
            /**
             * @description 还需: how many more are needed; 0 once met
             * @example 1
             */
            neededToMeet: number;
            /**
             * @description one decimal; "—" when nothing is eligible
             * @example 17.9%
             */
            ratioText: string;
            /**
             * @description the smallest count that meets the target
             * @example 6
             */
            requiredCount: number;
            /** @example 20 */
            targetPercent: number;
        };
        TargetsDto: {
            /** @example 60 */
            cumulativeTitlesPercent: number;
            /** @example 20 */
            newTitlesPercent: number;
        };
        TeamProposalView: {
            /** @description the cases asked for, in the order asked */
            cases: components["schemas"]["CaseToStaffView"][];
            /** @enum {string} */
            conflictRule: "OWN_COMMUNITY" | "SAME_STREET";
            declaredConflicts: components["schemas"]["DeclaredConflictView"][];
            loads: components["schemas"]["InspectorLoadView"][];
            maxInspectors: number;
            minInspectors: number;
            /** @description cases not in 检查验收 now: no team is proposed for them */
            notInInspection: string[];
            /** @description the active inspectors drawn from */
            pool: components["schemas"]["AssignedInspectorView"][];
            /** @description 随机抽取: the seed the lot was drawn with */
            seed: number | null;
            teams: components["schemas"]["ProposedTeamView"][];
            teamSize: number;
            /** @description cases no full team can staff without breaking 回避 */
            unstaffed: components["schemas"]["UnstaffedCaseView"][];
        };
        TierAwardsView: {
            awarded: number;
            /** @example 精品 */
            tier: string;
        };
        TierNoticeView: {
            /** @description cases in 公示 whose confirmed score proposes this tier */
            cases: number;
            /** @example 精品 */
            tier: string;
        };
        TitleImportResult: {
            /** @example 120 */
            imported: number;
        };
        TitlePage: {
            items: components["schemas"]["TitleView"][];
            limit: number;
            offset: number;
            total: number;
        };
        TitleView: {
            campaignId?: string | null;
            /** @example PINGAN-2023-c-01 */
            certificateNumber: string;
            /** @example c-01 */
            communityId: string;
            id: string;
            /** @example 2025-03-01 */
            revokedAt?: string | null;
            revokedReason?: string | null;
            /** @enum {string} */
            source: "IMPORT" | "CAMPAIGN";
            /** @example 平安社区 */
            titleKind: string;
            /** @example 2026-12-31 */
            validUntil?: string | null;
            /** @example 2023 */
            year: number;
        };
        TodoItemView: {
            campaignId: string;
            communityId: string | null;
            /** @description cases this item stands for (1 for a single case) */
            count: number;
            dueAt: string | null;
            /** @enum {string} */
            kind: "APPLY" | "RESUBMIT" | "SELF_CHECK" | "RECTIFY" | "CHECK" | "REVIEW" | "ASSIGN" | "CONFIRM" | "OBJECTIONS" | "OVERDUE";
            /**
             * @description the console page to do it on
             * @example /console/my/demo-2026-pingan
             */
            link: string;
            overdue: boolean;
            /** @example 2026年度示范街道平安社区创建 · 幸福社区 */
            subject: string;
            /** @example 提交自查报告 */
            title: string;
        };
        UnstaffedCaseView: {
            communityId: string;
            eligible: number;
            /** @description how many of the pool each 回避 reason excludes */
            excluded: components["schemas"]["ExcludedCountsView"];
            needed: number;
        };
        UpdateCampaignDto: {
            awardPolicy?: components["schemas"]["PartialAwardPolicyDto"];
            inspectionPolicy?: components["schemas"]["PartialInspectionPolicyDto"];
            organizerJurisdictionId?: string;
            schedule?: components["schemas"]["PartialScheduleDto"];
            scopeJurisdictionId?: string;
            standard?: components["schemas"]["PartialStandardRefDto"];
            targets?: components["schemas"]["PartialTargetsDto"];
            title?: string;
            year?: number;
        };
        UpdateUserDto: {
            /** @example 和平街道创建办（新） */
            displayName?: string;
            email?: string | null;
            /** @enum {string} */
            role?: "ADMIN" | "ORGANIZER" | "COMMUNITY" | "INSPECTOR" | "OBSERVER";
            /** @description null only for an ADMIN */
            scopeId?: string | null;
        };
        UserImportResult: {
            /**
             * @example {
             *       "COMMUNITY": 18,
             *       "ORGANIZER": 2
             *     }
             */
            byRole: Record<string, never>;
            /** @description rows whose 初始密码 was empty; shown this once */
            generatedPasswords: components["schemas"]["GeneratedPasswordView"][];
            /** @example 20 */
            imported: number;
        };
        UserPage: {
            items: components["schemas"]["UserView"][];
            limit: number;
            offset: number;
            total: number;
        };
        UserScopeView: {
            /** @example sfjd */
            id: string;
            /** @example STREET */
            level: string;
            /** @example 示范街道 */
            name: string;
        };
        UserView: {
            createdAt: string;
            disabledReason?: string | null;
            /** @example 示范街道平安创建办 */
            displayName: string;
            email?: string | null;
            id: string;
            /** @enum {string} */
            role: "ADMIN" | "ORGANIZER" | "COMMUNITY" | "INSPECTOR" | "OBSERVER";
            scope?: components["schemas"]["UserScopeView"] | null;
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            updatedAt: string;
            /** @example organizer */
            username: string;
        };
        UserWithPasswordView: {
            /** @description only when one was generated */
            generatedPassword?: string | null;
            user: components["schemas"]["UserView"];
        };
        WebhookView: {
            active: boolean;
            /** @description null: every campaign */
            campaignId: string | null;
            createdAt: string;
            /** @description user id */
            createdBy: string;
            deactivatedAt: string | null;
            eventTypes: string[];
            id: string;
            name: string;
            url: string;
        };
        WithdrawCaseDto: {
            /** @example 社区合并，不再参加本次创建 */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description Wrong username or password, or the account is disabled */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many failed logins for the username or from the address; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "DRAFT" | "LAUNCHED" | "CANCELLED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPage"];
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
        };
    };
    AuditController_campaignTrail: {
        parameters: {
            query?: {
                /** @description return links after this chain index */
                afterChainIndex?: number;
                limit?: number;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailPage"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationView"];
                };
            };
        };
    };
    CaseBatchesController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseBatchDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseBatchView"];
                };
            };
        };
    };
    CaseBatchesController_view: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["BatchItemStatus"];
            };
            header?: never;
            path: {
                batchId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseBatchView"];
                };
            };
        };
    };
    CaseBatchesController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseBatchView"];
                };
            };
            /** @description the batch was stopped; it does not run again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseBatchesController_stop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseBatchView"];
                };
            };
            /** @description already stopped, or finished: nothing to stop */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description only cases past the deadline they run against */
                overdue?: boolean;
                stage?: "INVITED" | "APPLICATION_REVIEW" | "RETURNED" | "SELF_CHECK" | "INSPECTION" | "RECTIFICATION" | "SCORING" | "NOTICE" | "AWARDED" | "NOT_AWARDED" | "NOT_APPLIED" | "WITHDRAWN";
                /** @description street (街道) jurisdiction id */
                streetId?: string;
                tier?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageView"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFileView"];
                };
            };
        };
    };
    CaseActionsController_submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_caseTrail: {
        parameters: {
            query?: {
                /** @description return links after this chain index */
                afterChainIndex?: number;
                limit?: number;
            };
            header?: never;
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailPage"];
                };
            };
        };
    };
    CaseActionsController_chase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_submitCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitCheckDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_confirmScores: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmScoresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectorAssignmentController_declaredOn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredConflictView"][];
                };
            };
        };
    };
    CaseActionsController_extendDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendDeadlineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignInspectorsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_raiseObjection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_resolveObjection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_rectification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRectificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_selfCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSelfCheckDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseActionsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone (another user's same key is another request) and belongs to the first request you sent with it on this case: the same request again (same action, same body) answers with the first result and changes nothing, also while the first is still being processed; the key with a different request: 422 IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, for its whole life. */
                "Idempotency-Key"?: string;
                /** @description "read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the reply comes as soon as the case has taken the step */
                Prefer?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectorAssignmentController_declare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredConflictView"];
                };
            };
        };
    };
    InspectorAssignmentController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeTeamsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamProposalView"];
                };
            };
        };
    };
    CampaignStreetsController_list: {
        parameters: {
            query?: {
                /** @description return streets after this path (the nextAfter of the previous page) */
                after?: string;
                limit?: number;
                /** @description only streets whose name starts with this (on idx_jurisdiction_level_name_prefix) */
                name?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtreePage"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
        };
    };
    CampaignsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
        };
    };
    CampaignOperationsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRunStateView"];
                };
            };
        };
    };
    CampaignOperationsController_addCommunities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCommunitiesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedCommunitiesView"];
                };
            };
        };
    };
    CampaignOperationsController_extendPhase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendPhaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRunStateView"];
                };
            };
        };
    };
    CampaignsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchResultView"];
                };
            };
        };
    };
    ProgressController_get: {
        parameters: {
            query?: {
                /** @description a jurisdiction inside the campaign scope */
                jurisdictionId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgressView"];
                };
            };
        };
    };
    ProgressController_children: {
        parameters: {
            query?: {
                /** @description a jurisdiction inside the campaign scope */
                jurisdictionId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildProgressView"][];
                };
            };
        };
    };
    ProgressController_exportProgress: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                /** @description a jurisdiction inside the campaign scope */
                jurisdictionId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RankingController_get: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingPageView"];
                };
            };
        };
    };
    ProgressController_exportResults: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                /** @description a jurisdiction inside the campaign scope */
                jurisdictionId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CampaignOperationsController_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRunStateView"];
                };
            };
        };
    };
    DeadLettersController_list: {
        parameters: {
            query?: {
                limit?: number;
                open?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterView"][];
                };
            };
        };
    };
    DeadLettersController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterRetryView"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description both up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description one or both down; the message names which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportTemplatesController_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "titles" | "jurisdictions" | "users" | "standards" | "working-calendar";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    InspectorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedInspectorView"][];
                };
            };
        };
    };
    JurisdictionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJurisdictionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurisdictionView"];
                };
            };
        };
    };
    JurisdictionsController_scopeSummary: {
        parameters: {
            query?: {
                /** @description count communities already holding this title */
                titleKind?: string;
                /** @description the campaign year the titles must still count for */
                year?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScopeSummaryView"];
                };
            };
        };
    };
    JurisdictionsController_subtree: {
        parameters: {
            query?: {
                /** @description return nodes after this path (the nextAfter of the previous page) */
                after?: string;
                level?: "PROVINCE" | "CITY" | "DISTRICT" | "STREET" | "COMMUNITY";
                limit?: number;
                /** @description only nodes whose name starts with this (a picker searching as one types; with level, on idx_jurisdiction_level_name_prefix) */
                name?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtreePage"];
                };
            };
        };
    };
    JurisdictionImportController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurisdictionImportResultView"];
                };
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
        };
    };
    MyController_cases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCaseView"][];
                };
            };
        };
    };
    InspectorAssignmentController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyConflictView"][];
                };
            };
        };
    };
    MyController_todo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodoItemView"][];
                };
            };
        };
    };
    NotificationsController_inbox: {
        parameters: {
            query?: {
                limit?: number;
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageView"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
        };
    };
    PublicNoticeController_campaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCampaignView"];
                };
            };
        };
    };
    PublicNoticeController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeEntryView"][];
                };
            };
        };
    };
    PublicNoticeController_object: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key gets the same receipt */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionReceiptView"];
                };
            };
        };
    };
    StandardsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardSummaryView"][];
                };
            };
        };
    };
    StandardsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStandardDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardView"];
                };
            };
        };
    };
    StandardsController_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandardVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardView"];
                };
            };
        };
    };
    StandardsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardView"];
                };
            };
        };
    };
    StandardSheetController_export: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                code: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StandardSheetController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardSheetView"];
                };
            };
        };
    };
    TitlesController_list: {
        parameters: {
            query?: {
                communityId?: string;
                limit?: number;
                offset?: number;
                titleKind?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitlePage"];
                };
            };
        };
    };
    TitlesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeTitleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleView"];
                };
            };
        };
    };
    TitlesController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleImportResult"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description part of the username or the name */
                q?: string;
                role?: "ADMIN" | "ORGANIZER" | "COMMUNITY" | "INSPECTOR" | "OBSERVER";
                /** @description accounts placed at or under this jurisdiction */
                scopeId?: string;
                status?: "ACTIVE" | "DISABLED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithPasswordView"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithPasswordView"];
                };
            };
        };
    };
    UsersController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserImportResult"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"][];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookView"];
                };
            };
        };
    };
    WebhooksController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                status?: "PENDING" | "DELIVERED" | "FAILED";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"][];
                };
            };
        };
    };
    WorkingCalendarController_years: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearsView"];
                };
            };
        };
    };
    WorkingCalendarController_year: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
        };
    };
    WorkingCalendarController_import: {
        parameters: {
            query: {
                /** @description the document the days are taken from, as a person would cite it */
                source: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarImportView"];
                };
            };
        };
    };
}
