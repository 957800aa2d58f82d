#include "clinic_file.h"

#include "raw_sqlite.h"

namespace frontdesk::test {
namespace {

int count(const std::string& path, const char* sql, std::initializer_list<std::string> values) {
    RawDb db(path, RawDb::Mode::ReadOnly);
    RawQuery q(db, sql);
    int index = 0;
    for (const std::string& value : values) q.bind(++index, value);
    q.step();
    return static_cast<int>(q.getInt(0));
}

}  // namespace

std::optional<StoredReminder> ClinicFile::lastReminder(const std::string& mrn) const {
    RawDb db(m_path, RawDb::Mode::ReadOnly);
    RawQuery q(db,
               "SELECT r.on_date, r.channel, r.outcome, r.staff_id, r.note FROM reminder r"
               " JOIN patient p ON p.id = r.patient_id WHERE p.mrn = ? ORDER BY r.id DESC"
               " LIMIT 1");
    if (!q.bind(1, mrn).step()) return std::nullopt;
    const auto text = [&q](int column) { return std::string(q.getText(column)); };
    return StoredReminder{text(0), text(1), text(2), text(3), text(4)};
}

int ClinicFile::reminderCount(const std::string& mrn) const {
    return count(m_path,
                 "SELECT COUNT(*) FROM reminder r JOIN patient p ON p.id = r.patient_id"
                 " WHERE p.mrn = ?",
                 {mrn});
}

int ClinicFile::auditCount(const std::string& mrn, const std::string& actor,
                           const std::string& channel) const {
    return count(m_path,
                 "SELECT COUNT(*) FROM audit a JOIN patient p ON p.id = a.patient_id"
                 " WHERE p.mrn = ?1 AND (?2 = '' OR a.actor = ?2) AND (?3 = '' OR a.channel = ?3)",
                 {mrn, actor, channel});
}

int ClinicFile::auditCountOfUnknown() const {
    return count(m_path, "SELECT COUNT(*) FROM audit WHERE patient_id IS NULL", {});
}

}  // namespace frontdesk::test
