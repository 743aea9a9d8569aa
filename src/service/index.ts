// The service layer: one module per use case, shared by the CLI, the HTTP
// server and the demo. Pure like core (no Node built-ins, no I/O of its own):
// it receives the Store and other ports from the adapter that calls it.
// Dependency direction: core ← service ← adapters.
export {};
