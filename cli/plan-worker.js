// The worker thread `expressroute plan` runs a program in, so that a program that hangs, exits the process,
// throws late or runs out of memory ends the plan with a reason instead of taking the command down with it.
require("./library").requireLibrary("plan/program-worker");
