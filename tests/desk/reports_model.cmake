# The manager's view model and its PDF export (Catch2) on a real demo clinic; pdfinfo and
# pdftotext (poppler-utils) read the PDF back. Included from tests/desk/CMakeLists.txt.
add_executable(reports_model_test reports_model_test.cpp)
target_link_libraries(reports_model_test PRIVATE
  frontdesk_catch_main frontdesk_desk_app frontdesk_test_support frontdesk_test_processes
  Qt6::Widgets Qt6::Test)
frontdesk_warnings(reports_model_test)
catch_discover_tests(reports_model_test TEST_PREFIX "desk/reports/"
  PROPERTIES LABELS desk ENVIRONMENT QT_QPA_PLATFORM=offscreen)
