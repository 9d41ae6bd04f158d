/** PostgreSQL's integer (int4): the largest id, version, offset or index a request may name. */
export const PG_INTEGER_MAX = 2_147_483_647;
