#include "patient_list_model.h"

namespace frontdesk::desk {

QString stateText(const Prompt& p) {
    const std::string_view state = toString(p.state);
    return QString::fromUtf8(state.data(), static_cast<qsizetype>(state.size()));
}

QString amountText(const Prompt& p) {
    const Cents shown = promptAmount(p);
    if (shown.value() == 0) return {};
    return QString::fromStdString(formatMoney(shown, p.currency));
}

bool isFlagged(const Prompt& p) {
    return staffShouldMention(p);
}

QString phoneText(const std::string& d) {
    QString digits = QString::fromStdString(d);
    if (digits.size() != 10) return digits;
    return QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
}

int PatientListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case MrnRole:
            return QString::fromStdString(r.patient.mrn);
        case NameRole:
            return QString::fromStdString(r.patient.familyName + ", " + r.patient.givenName);
        case BirthDateRole:
            return QString::fromStdString(r.patient.birthDate.iso());
        case PhoneRole:
            return phoneText(r.patient.phoneDigits);
        case StateRole:
            return stateText(r.prompt);
        case AmountRole:
            return amountText(r.prompt);
        case FlaggedRole:
            return isFlagged(r.prompt);
        case CreditRole:
            return isCreditState(r.prompt.state);
        default:
            return {};
    }
}

QHash<int, QByteArray> PatientListModel::roleNames() const {
    return {{MrnRole, "mrn"},         {NameRole, "name"},    {BirthDateRole, "birthDate"},
            {PhoneRole, "phone"},     {StateRole, "state"},  {AmountRole, "amount"},
            {FlaggedRole, "flagged"}, {CreditRole, "credit"}};
}

void PatientListModel::reset(std::vector<Row> rows) {
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges) emit countChanged();
}

QString PatientListModel::mrnAt(int row) const {
    if (row < 0 || row >= count()) return {};
    return QString::fromStdString(m_rows[static_cast<std::size_t>(row)].patient.mrn);
}

}  // namespace frontdesk::desk
