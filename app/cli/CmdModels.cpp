// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CmdModels.h"

#include "cli/CliCommand.h"
#include "cli/CliServices.h"
#include "runyour/ModelsRequest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace sajudesk::cli {

int runModels(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "List the RunYour AI models usable with your key."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the raw model entries as a JSON array.")});
    CliServices::addOptions(parser);
    if (!parser.parse(args)) {
        writeErr(parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        writeErr(QCoreApplication::translate("Cli", "sajudesk-cli models: unexpected argument \"%1\"\n")
                     .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    CliServices services;
    if (const int rc = services.setUp(parser, CliServices::RunYour); rc != ExitOk)
        return rc;

    ModelsRequest req(services.http(), services.runYour());
    const int maxAttempts = services.runYour().retryPolicy.maxAttempts;
    int rc = ExitOk;
    QEventLoop loop;
    QObject::connect(&req, &ModelsRequest::keyWarning,
                     [](const QString &w) { writeErr(QCoreApplication::translate("Cli", "warning: %1\n").arg(w)); });
    QObject::connect(&req, &ModelsRequest::retryScheduled,
                     [maxAttempts](int attempt, qint64 delayMs, const ApiError &e) {
                         writeErr(CliServices::retryLine(attempt, delayMs, e, maxAttempts));
                     });
    QObject::connect(&req, &ModelsRequest::modelsReceived, [&parser](const QList<ModelInfo> &models) {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ModelInfo &m : models)
                array.append(m.raw);
            writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return;
        }
        QString text;
        for (const ModelInfo &m : models)
            text += m.id + QLatin1Char('\n');
        writeOut(text);
    });
    QObject::connect(&req, &ModelsRequest::failed, [&rc, &services](const ApiError &e) {
        rc = CliServices::reportFailure(e, services.runYour().baseUrl);
    });
    QObject::connect(&req, &ModelsRequest::finished, &loop, &QEventLoop::quit);
    req.start();
    loop.exec();
    return rc;
}

} // namespace sajudesk::cli
