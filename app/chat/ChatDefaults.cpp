// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatDefaults.h"

#include <QSettings>

#include <algorithm>

namespace sajudesk::ChatDefaults {

namespace {
const QString systemPromptKey = QStringLiteral("chat/defaults/systemPrompt");
const QString temperatureKey = QStringLiteral("chat/defaults/temperature");
const QString maxTokensKey = QStringLiteral("chat/defaults/maxTokens");
const QString streamKey = QStringLiteral("chat/defaults/stream");
const QString presetsKey = QStringLiteral("chat/promptPresets");

void writePresets(const QList<PromptPreset> &list)
{
    QSettings settings;
    settings.beginWriteArray(presetsKey, static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), list.at(i).name);
        settings.setValue(QStringLiteral("text"), list.at(i).text);
    }
    settings.endArray();
}
} // namespace

ChatSettings load()
{
    const QSettings settings;
    ChatSettings result;
    result.systemPrompt = settings.value(systemPromptKey).toString();
    bool ok = false;
    // A hand-edited value out of range is ignored rather than sent (the server would refuse it).
    const double temperature = settings.value(temperatureKey).toDouble(&ok);
    if (ok && temperature >= 0.0 && temperature <= 2.0)
        result.temperature = temperature;
    const int maxTokens = settings.value(maxTokensKey).toInt(&ok);
    if (ok && maxTokens > 0)
        result.maxTokens = maxTokens;
    result.stream = settings.value(streamKey, true).toBool();
    return result;
}

void save(const ChatSettings &chat)
{
    QSettings settings;
    settings.setValue(systemPromptKey, chat.systemPrompt);
    if (chat.temperature)
        settings.setValue(temperatureKey, *chat.temperature);
    else
        settings.remove(temperatureKey);
    if (chat.maxTokens)
        settings.setValue(maxTokensKey, *chat.maxTokens);
    else
        settings.remove(maxTokensKey);
    settings.setValue(streamKey, chat.stream);
}

QList<PromptPreset> presets()
{
    QSettings settings;
    QList<PromptPreset> list;
    const int count = settings.beginReadArray(presetsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        PromptPreset preset{settings.value(QStringLiteral("name")).toString().trimmed(),
                            settings.value(QStringLiteral("text")).toString()};
        if (!preset.name.isEmpty() && !preset.text.isEmpty())
            list.append(preset);
    }
    settings.endArray();
    std::stable_sort(list.begin(), list.end(), [](const PromptPreset &a, const PromptPreset &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

void savePreset(const QString &name, const QString &text)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || text.trimmed().isEmpty())
        return;
    QList<PromptPreset> list = presets();
    list.removeIf([&trimmed](const PromptPreset &p) { return p.name == trimmed; });
    list.append({trimmed, text});
    writePresets(list);
}

void removePreset(const QString &name)
{
    QList<PromptPreset> list = presets();
    list.removeIf([&name](const PromptPreset &p) { return p.name == name; });
    writePresets(list);
}

} // namespace sajudesk::ChatDefaults
