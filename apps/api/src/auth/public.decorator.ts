import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = Symbol('isPublic');

/** Marks a route that needs no login (health, login itself). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
