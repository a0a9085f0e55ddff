export declare const TARIFFS: import('../../core/charges/types.ts').TariffSet;
