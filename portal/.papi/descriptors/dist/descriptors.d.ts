export declare const Civitas: Record<string, object>;
