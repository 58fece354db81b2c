// The builtins are frozen, but the prototypes behind them are the host's, and they are not.
Object.prototype.rfPolluted = "yes";
