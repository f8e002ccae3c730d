export declare const LANGUAGES: string[];
export declare function typeNames(): Record<string, Record<string, string>>;
