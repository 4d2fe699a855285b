// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationCorpus.h"

#include "chat/ConversationStore.h"

#include <QStringList>

namespace sajudesk::corpus {

namespace {

const QStringList &koreanWords()
{
    static const QStringList words =
        QStringLiteral(
            "서울에서 부산까지 기차로 여행 계획을 세우고 싶어요 오늘 날씨가 좋아서 산책하기 좋습니다 회의 자료를 "
            "정리해 주세요 파이썬으로 데이터를 분석하는 방법 엑셀 파일을 읽어서 그래프를 그리는 코드 사주 팔자와 "
            "오행의 균형 일간이 병화인 사람의 성격 올해 운세는 어떤가요 건강 관리와 운동 습관 아침마다 물을 "
            "마시는 것이 중요합니다 번역을 부탁드립니다 다음 문장을 자연스럽게 고쳐 주세요 계약서 검토 항목 "
            "정부 지원 사업 신청 서류 이력서와 자기소개서 작성 요령 면접에서 자주 나오는 질문 제주도 맛집 추천 "
            "강릉 바다 경주 역사 유적 전주 한옥마을 비빔밥 김치찌개 된장국 레시피 재료 준비 순서 먼저 그다음 "
            "마지막으로 정리하면 다음과 같습니다 첫째 둘째 셋째 예를 들어 하지만 그래서 또한 그리고 "
            "중요한 점은 주의할 점 장점과 단점 비교 표로 만들어 주세요 요약해 주세요 자세히 설명해 주세요 "
            "감사합니다 도움이 되었습니다 질문이 있습니다 프로젝트 일정 마감 보고서 발표 자료 슬라이드 "
            "고객 응대 이메일 초안 회사 동료 팀장님께 보고 주간 업무 월간 목표 분기 실적 예산 계획 투자 "
            "저축 부동산 전세 월세 대출 금리 환율 주식 시장 경제 뉴스")
            .split(QLatin1Char(' '));
    return words;
}

const QStringList &englishWords()
{
    static const QStringList words =
        QStringLiteral(
            "the a an and or but because so then first second finally however therefore for example in on at "
            "with without about between into through during before after plan trip Seoul Busan train weather "
            "meeting notes summary report deadline project schedule budget team manager customer email draft "
            "Python script function variable parse JSON file read write error exception stack trace database "
            "query index performance memory latency benchmark result table chart graph analysis data model "
            "GPT Claude prompt answer question explain detail example step list option setting value default "
            "health exercise habit morning water sleep diet recipe ingredients cook minutes oven pan garlic "
            "onion rice kimchi soup translate sentence natural grammar word meaning context contract review "
            "clause payment invoice tax return savings interest rate market stock investment risk return "
            "important note careful advantage disadvantage compare recommend choose decide reason because "
            "understand learn practice improve quickly carefully really very much more less best better good")
            .split(QLatin1Char(' '));
    return words;
}

QString sentence(const QStringList &words, QRandomGenerator &random, int minWords, int maxWords, bool korean)
{
    const int n = minWords + random.bounded(maxWords - minWords + 1);
    QStringList picked;
    for (int i = 0; i < n; ++i)
        picked.append(words.at(random.bounded(static_cast<int>(words.size()))));
    QString s = picked.join(QLatin1Char(' '));
    if (!korean)
        s[0] = s.at(0).toUpper();
    return s + QStringLiteral(". ");
}

QString text(QRandomGenerator &random, int meanChars, bool korean, bool answer)
{
    const QStringList &words = korean ? koreanWords() : englishWords();
    const int target = qMax(10, meanChars / 2 + random.bounded(meanChars + 1));
    QString out;
    int line = 0;
    while (out.size() < target) {
        if (answer && random.bounded(5) == 0) {
            out += QStringLiteral("\n- **") + words.at(random.bounded(static_cast<int>(words.size())))
                   + QStringLiteral("**: ");
        }
        out += sentence(words, random, 4, 14, korean);
        if (answer && ++line % 3 == 0)
            out += QStringLiteral("\n\n");
        if (korean && random.bounded(7) == 0)
            out += englishWords().at(random.bounded(static_cast<int>(englishWords().size()))) + QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace

Conversation make(int index, const Shape &shape, const QDateTime &newest)
{
    QRandomGenerator random(quint32(0x5a1d0000 + index));
    const bool korean = index % 2 == 0;
    Conversation c = Conversation::create(ChatSettings{QStringLiteral("openai/gpt-5.2"), {}, {}, {}, true});
    c.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
    c.updatedAt = newest.addSecs(-qint64(index) * 3671);
    c.createdAt = c.updatedAt.addSecs(-3600);
    for (int m = 0; m < shape.messages; ++m) {
        const bool user = m % 2 == 0;
        ChatMessage message = ChatMessage::create(
            user ? ChatMessage::Role::User : ChatMessage::Role::Assistant,
            text(random, user ? shape.userChars : shape.assistantChars, korean, !user), c.createdAt.addSecs(m * 30));
        if (!user)
            message.model = c.settings.model;
        c.messages.append(message);
    }
    return c;
}

QStringList writeAll(const QString &directory, int count, const Shape &shape, const QDateTime &newest)
{
    const ConversationStore store(directory);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const Conversation c = make(i, shape, newest);
        store.save(c);
        ids.append(c.id);
    }
    return ids;
}

} // namespace sajudesk::corpus
