#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "frontdesk/domain/prompt.h"
#include "frontdesk/store/patient_json.h"
#include "frontdesk/store/store.h"

namespace frontdesk::desk {

// Patients with their prompt, for a list on screen (search results, the matches of a call).
class PatientListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        MrnRole = Qt::UserRole + 1,
        NameRole,
        BirthDateRole,
        PhoneRole,
        StateRole,    // the core's prompt state, e.g. "small_balance"
        AmountRole,   // the balance (or credit) as money text; "" when nothing is owed either way
        FlaggedRole,  // a prompt to act on now (frontdesk::staffShouldMention)
        CreditRole,   // the state is a credit owed to the patient (frontdesk::isCreditState)
    };

    using Row = PatientWithPrompt;

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    void reset(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }
    Q_INVOKABLE QString mrnAt(int row) const;

signals:
    void countChanged();

private:
    std::vector<Row> m_rows;
};

// What a list shows of a prompt, shared by the desk's models.
QString stateText(const Prompt& prompt);  // the core's state string, e.g. "small_balance"
QString amountText(const Prompt& prompt);
bool isFlagged(const Prompt& prompt);
QString phoneText(const std::string& digits);

}  // namespace frontdesk::desk
