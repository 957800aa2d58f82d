# The host of docs/balance-prompt.md: prompt_host/main.cpp and Main.qml as the page shows them,
# built as a program (run it on a clinic: prompt_host_example CLINIC.db [STAFF-ID]) and
# tested by running it offscreen with prompt_host_probe.cpp driving it, and by checking that
# the page still shows these files word for word. Included from tests/desk/CMakeLists.txt.
qt_add_executable(prompt_host_example
  prompt_host/main.cpp
  prompt_host/prompt_host_probe.cpp)
set_source_files_properties(prompt_host/Main.qml PROPERTIES QT_RESOURCE_ALIAS Main.qml)
qt_add_qml_module(prompt_host_example
  URI PromptHost
  VERSION 1.0
  OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/PromptHost
  QML_FILES prompt_host/Main.qml
)
target_link_libraries(prompt_host_example PRIVATE
  frontdesk_prompt
  frontdesk_promptplugin
  frontdesk_test_support
  Qt6::Gui Qt6::Quick Qt6::QuickControls2 Qt6::Test)
frontdesk_warnings(prompt_host_example)
# Our warnings are for our C++, not for what qmlcachegen writes from Main.qml (Qt 6.4).
set_source_files_properties(
  ${CMAKE_CURRENT_BINARY_DIR}/.rcc/qmlcache/prompt_host_example_prompt_host/Main_qml.cpp
  PROPERTIES COMPILE_OPTIONS -w)

add_test(NAME desk/prompt_host
  COMMAND prompt_host_example ${CMAKE_CURRENT_BINARY_DIR}/prompt-host-clinic.db)
set_tests_properties(desk/prompt_host PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FRONTDESK_PROMPT_HOST_PROBE=1"
  LABELS desk
  TIMEOUT 120)

add_test(NAME desk/prompt_host_docs
  COMMAND ${CMAKE_COMMAND}
    -DPAGE=${PROJECT_SOURCE_DIR}/docs/balance-prompt.md
    "-DFILES=${CMAKE_CURRENT_SOURCE_DIR}/prompt_host/main.cpp;${CMAKE_CURRENT_SOURCE_DIR}/prompt_host/Main.qml"
    -P ${CMAKE_CURRENT_SOURCE_DIR}/prompt_docs_check.cmake)
set_tests_properties(desk/prompt_host_docs PROPERTIES LABELS desk)
