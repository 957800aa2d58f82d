#include "frontdesk/domain/script.h"

#include <array>
#include <map>
#include <utility>

#include "frontdesk/domain/prompt.h"

namespace frontdesk {
namespace {

// One piece of copy in each language, with {placeholders}.
struct Copy {
    const char* en;
    const char* es;
    const char* ro;
    const char* in(Language l) const {
        return l == Language::Es ? es : l == Language::Ro ? ro : en;
    }
};

// --- kiosk: what the patient reads; no dates, no line items -------------------------------
constexpr Copy kKioskSmall{
    "You have a balance of {amount} from an earlier visit. You can pay it at the front desk "
    "today.",
    "Tiene un saldo de {amount} de una visita anterior. Puede pagarlo hoy en la recepción.",
    "Aveți un sold de {amount} de la o vizită anterioară. Îl puteți achita astăzi la recepție."};
constexpr Copy kKioskSmallNoAmount{
    "You have a small balance from an earlier visit. You can pay it at the front desk today.",
    "Tiene un pequeño saldo de una visita anterior. Puede pagarlo hoy en la recepción.",
    "Aveți un mic sold de la o vizită anterioară. Îl puteți achita astăzi la recepție."};
constexpr Copy kKioskDue{"Please stop by the front desk about your account.",
                         "Por favor, pase por la recepción para hablar de su cuenta.",
                         "Vă rugăm să treceți pe la recepție în legătură cu contul dumneavoastră."};
constexpr Copy kKioskDueAmount{
    "Your balance is {amount}. Please stop by the front desk about your account.",
    "Su saldo es de {amount}. Por favor, pase por la recepción para hablar de su cuenta.",
    "Soldul dumneavoastră este de {amount}. Vă rugăm să treceți pe la recepție în legătură cu "
    "contul dumneavoastră."};
constexpr Copy kKioskCreditApply{
    "You have a credit of {credit} with us. We can apply it to today's visit.",
    "Tiene un crédito de {credit} con nosotros. Podemos aplicarlo a la visita "
    "de hoy.",
    "Aveți un credit de {credit} la noi. Îl putem folosi pentru vizita de astăzi."};
constexpr Copy kKioskCreditRefund{
    "You have a credit of {credit} with us. We can refund it to you or apply it to "
    "today's visit.",
    "Tiene un crédito de {credit} con nosotros. Podemos reembolsárselo o "
    "aplicarlo a la visita de hoy.",
    "Aveți un credit de {credit} la noi. Vi-l putem rambursa sau îl putem folosi "
    "pentru vizita de astăzi."};
constexpr Copy kKioskCreditReview{
    "You have a credit of {credit} with us. Please ask at the front desk about it.",
    "Tiene un crédito de {credit} con nosotros. Por favor, pregunte en la recepción.",
    "Aveți un credit de {credit} la noi. Vă rugăm să întrebați la recepție."};

// --- desk: the receptionist at check-in or booking ------------------------------------------
constexpr Copy kDeskSmall{
    "Small balance {amount}, open since {since}. Say: \"There's a small balance of {amount} "
    "from your visit on {since}. Would you like to take care of it today?\"",
    "Saldo pequeño de {amount}, pendiente desde el {since}. Diga: \"Hay un pequeño saldo de "
    "{amount} de su visita del {since}. ¿Desea pagarlo hoy?\"",
    "Sold mic de {amount}, deschis din {since}. Spuneți: \"Există un mic sold de {amount} de "
    "la vizita din {since}. Doriți să îl achitați astăzi?\""};
constexpr Copy kDeskDue{
    "Balance due {amount}, open since {since}. Say: \"Your account has a balance of {amount}. "
    "Would you like to pay today, or talk with our billing office about a plan?\"",
    "Saldo pendiente de {amount}, desde el {since}. Diga: \"Su cuenta tiene un saldo de "
    "{amount}. ¿Desea pagar hoy o hablar con facturación sobre un plan de pagos?\"",
    "Sold de plată {amount}, deschis din {since}. Spuneți: \"Contul dumneavoastră are un sold "
    "de {amount}. Doriți să plătiți astăzi sau să discutați un plan cu biroul de facturare?\""};
constexpr Copy kDeskWrittenOff{
    "Written off {writtenoff}, still collectable; no statements are sent. If it fits, say: "
    "\"There's an older balance of {writtenoff} on your account. You're welcome to take care "
    "of it today.\"",
    "Cancelado {writtenoff}, aún cobrable; no se envían estados de cuenta. Si es oportuno, "
    "diga: \"Hay un saldo antiguo de {writtenoff} en su cuenta. Si lo desea, puede pagarlo "
    "hoy.\"",
    "Anulat {writtenoff}, încă recuperabil; nu se mai trimit extrase. Dacă e potrivit, spuneți: "
    "\"Există un sold mai vechi de {writtenoff} în contul dumneavoastră. Îl puteți achita "
    "astăzi, dacă doriți.\""};
constexpr Copy kDeskCreditApply{
    "Credit {credit}; next visit {visit}. Say: \"You have a credit of {credit} with us. We'll "
    "apply it to your visit on {visit}.\"",
    "Crédito de {credit}; próxima visita el {visit}. Diga: \"Tiene un crédito de {credit} con "
    "nosotros. Lo aplicaremos a su visita del {visit}.\"",
    "Credit {credit}; următoarea vizită pe {visit}. Spuneți: \"Aveți un credit de {credit} la "
    "noi. Îl vom folosi pentru vizita din {visit}.\""};
constexpr Copy kDeskCreditRefund{
    "Credit {credit}: refund due by {refundby}. Say: \"You have a credit of {credit} with us. "
    "Would you like it refunded, or applied to your next visit?\"",
    "Crédito de {credit}: reembolso antes del {refundby}. Diga: \"Tiene un crédito de "
    "{credit} con nosotros. ¿Prefiere que se lo reembolsemos o que lo apliquemos a su próxima "
    "visita?\"",
    "Credit {credit}: de rambursat până la {refundby}. Spuneți: \"Aveți un credit de {credit} "
    "la noi. Doriți să vi-l rambursăm sau să îl folosim la următoarea vizită?\""};
constexpr Copy kDeskCreditOnFile{
    "Credit {credit} on file. Say: \"You have a credit of {credit} with us. We can apply it to "
    "a future visit or refund it, whichever you prefer.\"",
    "Crédito de {credit} en cuenta. Diga: \"Tiene un crédito de {credit} con nosotros. Podemos "
    "aplicarlo a una próxima visita o reembolsárselo, como prefiera.\"",
    "Credit {credit} în cont. Spuneți: \"Aveți un credit de {credit} la noi. Îl putem folosi la "
    "o vizită viitoare sau vi-l putem rambursa, cum preferați.\""};
constexpr Copy kDeskCreditReview{
    "Credit {credit}, unclaimed since {since}: due for unclaimed-property review. Say: \"You "
    "have a credit of {credit} with us. Would you like it refunded?\"",
    "Crédito de {credit} sin reclamar desde el {since}: revisar como bien no reclamado. Diga: "
    "\"Tiene un crédito de {credit} con nosotros. ¿Desea que se lo reembolsemos?\"",
    "Credit {credit} nerevendicat din {since}: de verificat ca bun nerevendicat. Spuneți: "
    "\"Aveți un credit de {credit} la noi. Doriți să vi-l rambursăm?\""};
constexpr Copy kCooldown{
    "{amount} owed. Reminded {lastChannel} on {lastOn}: {lastOutcome}. No need to mention it "
    "again before {until}.",
    "Debe {amount}. Recordado {lastChannel} el {lastOn}: {lastOutcome}. No hace falta "
    "mencionarlo de nuevo antes del {until}.",
    "Datorează {amount}. Amintit {lastChannel} pe {lastOn}: {lastOutcome}. Nu e nevoie să îl "
    "menționați din nou înainte de {until}."};
constexpr Copy kPaidAwaiting{
    "Paid on {paidon}, waiting for the EHR to post it. No need to mention the balance.",
    "Pagado el {paidon}, a la espera de que el EHR lo registre. No hace falta mencionar el "
    "saldo.",
    "Plătit pe {paidon}, se așteaptă înregistrarea în EHR. Nu e nevoie să menționați soldul."};

// --- what the patient said at the kiosk, for the desk to act on ({kioskon}: "today" or the
// day) ---------------------------------------------------------------------------------------
constexpr Copy kKioskSaidWillPay{"Said at the kiosk {kioskon}: will pay at the desk. ",
                                 "Dijo en el quiosco {kioskon}: pagará en recepción. ",
                                 "A spus la chioșc {kioskon}: va plăti la recepție. "};
constexpr Copy kKioskSaidSeeDesk{"Asked at the kiosk {kioskon} to see the front desk. ",
                                 "En el quiosco se le pidió {kioskon} pasar por recepción. ",
                                 "La chioșc i s-a cerut {kioskon} să treacă pe la recepție. "};
constexpr Copy kKioskChoseApply{
    "Credit {credit}. Chose at the kiosk {kioskon}: apply it to the visit. Apply it, then "
    "record the outcome.",
    "Crédito de {credit}. Eligió en el quiosco {kioskon}: aplicarlo a la visita. Aplíquelo y "
    "registre el resultado.",
    "Credit {credit}. A ales la chioșc {kioskon}: să fie folosit pentru vizită. Aplicați-l, "
    "apoi înregistrați rezultatul."};
constexpr Copy kKioskChoseRefund{
    "Credit {credit}. Chose at the kiosk {kioskon}: a refund. Start the refund, then record the "
    "outcome.",
    "Crédito de {credit}. Eligió en el quiosco {kioskon}: un reembolso. Inicie el reembolso y "
    "registre el resultado.",
    "Credit {credit}. A ales la chioșc {kioskon}: rambursarea. Inițiați rambursarea, apoi "
    "înregistrați rezultatul."};
constexpr Copy kToday{"today", "hoy", "azi"};
constexpr Copy kOnDay{"on {day}", "el {day}", "pe {day}"};

// --- phone: the same facts, phrased for a call ----------------------------------------------
constexpr Copy kPhoneSmall{
    "Small balance {amount}, open since {since}. Say: \"While I have you: there's a small "
    "balance of {amount} from your visit on {since}. You can take care of it at the front desk "
    "at your next visit, or with our billing office.\"",
    "Saldo pequeño de {amount}, pendiente desde el {since}. Diga: \"Aprovechando la llamada: "
    "hay un pequeño saldo de {amount} de su visita del {since}. Puede pagarlo en la recepción "
    "en su próxima visita o con facturación.\"",
    "Sold mic de {amount}, deschis din {since}. Spuneți: \"Dacă tot vorbim: există un mic sold "
    "de {amount} de la vizita din {since}. Îl puteți achita la recepție la următoarea vizită "
    "sau la biroul de facturare.\""};
constexpr Copy kPhoneDue{
    "Balance due {amount}, open since {since}. Say: \"I see a balance of {amount} on your "
    "account. Would you like me to connect you with our billing office?\"",
    "Saldo pendiente de {amount}, desde el {since}. Diga: \"Veo un saldo de {amount} en su "
    "cuenta. ¿Desea que le comunique con facturación?\"",
    "Sold de plată {amount}, deschis din {since}. Spuneți: \"Văd un sold de {amount} în contul "
    "dumneavoastră. Doriți să vă fac legătura cu biroul de facturare?\""};

const Copy& channelWord(Channel c) {
    static const std::array<Copy, 3> kWords{{
        {"at the kiosk", "en el quiosco", "la chioșc"},
        {"at the front desk", "en recepción", "la recepție"},
        {"by phone", "por teléfono", "la telefon"},
    }};
    return kWords[static_cast<std::size_t>(c)];
}

// What happened, as a clause: "Reminded at the kiosk on Nov 30, 2026: the patient declined."
const Copy& outcomeWord(ReminderOutcome o) {
    static const std::array<Copy, 9> kWords{{
        {"the patient was told", "se le informó al paciente", "pacientul a fost informat"},
        {"the patient said they would pay at the desk", "el paciente dijo que pagaría en recepción",
         "pacientul a spus că va plăti la recepție"},
        {"the patient paid", "el paciente pagó", "pacientul a plătit"},
        {"the patient promised to pay", "el paciente prometió pagar",
         "pacientul a promis că va plăti"},
        {"the patient disputes the balance", "el paciente disputa el saldo",
         "pacientul contestă soldul"},
        {"the patient declined", "el paciente no quiso pagar", "pacientul a refuzat"},
        {"it was not a good moment to mention it", "no era un buen momento para mencionarlo",
         "nu a fost un moment potrivit"},
        {"the patient chose to apply the credit", "el paciente eligió aplicar el crédito",
         "pacientul a ales să folosească creditul"},
        {"the patient asked for a refund", "el paciente pidió un reembolso",
         "pacientul a cerut o rambursare"},
    }};
    return kWords[static_cast<std::size_t>(o)];
}

const Copy* kioskCopy(const Prompt& p, const Policy& policy) {
    const bool showSmall = policy.kioskShowAmount != KioskAmount::Never;
    switch (p.state) {
        case PromptState::SmallBalance:
        case PromptState::WrittenOffCollectable:
            return showSmall ? &kKioskSmall : &kKioskSmallNoAmount;
        case PromptState::BalanceDue:
            return policy.kioskShowAmount == KioskAmount::Always ? &kKioskDueAmount : &kKioskDue;
        case PromptState::CreditApplyNextVisit:
        case PromptState::CreditOnFile:
            return &kKioskCreditApply;
        case PromptState::CreditRefundDue:
            return &kKioskCreditRefund;
        case PromptState::UnclaimedPropertyReview:
            return &kKioskCreditReview;
        case PromptState::None:
            break;
    }
    return nullptr;
}

// What the patient said at the kiosk today, said first; a credit decision replaces the
// question the desk script would ask.
const Copy* kioskSaidCopy(const Prompt& p) {
    if (!p.kioskSaid) return nullptr;
    switch (*p.kioskSaid) {
        case ReminderOutcome::WillPayAtDesk:
            return &kKioskSaidWillPay;
        case ReminderOutcome::ApplyCredit:
            return &kKioskChoseApply;
        case ReminderOutcome::RefundRequested:
            return &kKioskChoseRefund;
        default:
            return &kKioskSaidSeeDesk;
    }
}

const Copy* staffCopy(const Prompt& p) {
    const bool phone = p.audience == Audience::Phone;
    if (p.paidAwaitingPosting) return &kPaidAwaiting;
    if (p.suppressedUntil) return &kCooldown;
    switch (p.state) {
        case PromptState::SmallBalance:
            return phone ? &kPhoneSmall : &kDeskSmall;
        case PromptState::BalanceDue:
            return phone ? &kPhoneDue : &kDeskDue;
        case PromptState::WrittenOffCollectable:
            return &kDeskWrittenOff;
        case PromptState::CreditApplyNextVisit:
            return &kDeskCreditApply;
        case PromptState::CreditRefundDue:
            return &kDeskCreditRefund;
        case PromptState::CreditOnFile:
            return &kDeskCreditOnFile;
        case PromptState::UnclaimedPropertyReview:
            return &kDeskCreditReview;
        case PromptState::None:
            break;
    }
    return nullptr;
}

std::string fill(std::string text, const std::map<std::string, std::string>& values) {
    for (const auto& [key, value] : values) {
        const std::string token = "{" + key + "}";
        for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at)) {
            text.replace(at, token.size(), value);
            at += value.size();
        }
    }
    return text;
}

std::map<std::string, std::string> placeholders(const Prompt& p) {
    const Language l = p.language;
    const auto date = [l](const std::optional<Date>& d) {
        return d ? formatDateFor(*d, l) : std::string();
    };
    const auto money = [&p](Cents c) { return formatMoney(c, p.currency); };
    std::map<std::string, std::string> v{
        {"amount", money(promptAmount(p))}, {"writtenoff", money(p.writtenOff)},
        {"credit", money(-p.balance)},      {"since", date(p.oldestOpenOn)},
        {"visit", date(p.nextVisit)},       {"refundby", date(p.refundDueBy)},
        {"until", date(p.suppressedUntil)}, {"paidon", date(p.paidAwaitingPosting)},
    };
    if (p.lastReminder) {
        v["lastOn"] = formatDateFor(p.lastReminder->on, l);
        v["lastChannel"] = channelWord(p.lastReminder->channel).in(l);
        v["lastOutcome"] = outcomeWord(p.lastReminder->outcome).in(l);
        v["kioskon"] = p.lastReminder->on == p.asOf
                           ? std::string(kToday.in(l))
                           : fill(kOnDay.in(l), {{"day", formatDateFor(p.lastReminder->on, l)}});
    }
    return v;
}

}  // namespace

std::string writeScript(const Prompt& p, const Policy& policy) {
    if (p.audience == Audience::Kiosk) {
        const Copy* copy = kioskCopy(p, policy);
        return copy ? fill(copy->in(p.language), placeholders(p)) : std::string();
    }
    const Copy* copy = staffCopy(p);
    if (!copy) return {};
    const Copy* said = p.paidAwaitingPosting ? nullptr : kioskSaidCopy(p);
    const auto values = placeholders(p);
    if (said == &kKioskChoseApply || said == &kKioskChoseRefund)
        return fill(said->in(p.language), values);
    const std::string first = said ? fill(said->in(p.language), values) : std::string();
    return first + fill(copy->in(p.language), values);
}

std::string formatDateFor(Date date, Language language) {
    static constexpr std::array<const char*, 12> kEn{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static constexpr std::array<const char*, 12> kEs{"ene", "feb", "mar", "abr", "may", "jun",
                                                     "jul", "ago", "sep", "oct", "nov", "dic"};
    static constexpr std::array<const char*, 12> kRo{"ian.",  "feb.", "mar.", "apr.",
                                                     "mai",   "iun.", "iul.", "aug.",
                                                     "sept.", "oct.", "nov.", "dec."};
    const std::size_t m = date.month() - 1;
    const std::string day = std::to_string(date.day());
    const std::string year = std::to_string(date.year());
    switch (language) {
        case Language::Es:
            return day + " " + kEs[m] + " " + year;
        case Language::Ro:
            return day + " " + kRo[m] + " " + year;
        case Language::En:
            break;
    }
    return std::string(kEn[m]) + " " + day + ", " + year;
}

std::string_view dateFieldOrder(Language language) {
    return language == Language::En ? "MDY" : "DMY";
}

}  // namespace frontdesk
