// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

namespace sajudesk::cli {

/// Exit codes shared by every subcommand (documented in README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  ///< some input lines failed (batch commands such as `pillars`)
    ExitUsage = 2,    ///< user / input error
    ExitApiError = 3, ///< the service answered with an error
    ExitNetwork = 4,  ///< network failure (refused, DNS, TLS, timeout)
};

/// One `sajudesk-cli <name> …` subcommand. `run` gets the arguments after the name
/// (argv[0] replaced by "sajudesk-cli <name>") and returns an ExitCode.
struct CliCommand
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &args)> run;
};

} // namespace sajudesk::cli
