/**
 * Starting the generator's JVM well: a child JVM tuned for a short build ({@link net.techmonitor.site.launch.ShortRunJvm}),
 * with the user's own JVM options ({@link net.techmonitor.site.launch.UserJvmOptions}) and the class-data archive made
 * at packaging, from JDK 25 on an AOT cache ({@link net.techmonitor.site.launch.ClassDataArchive}). In: a main class and its arguments. Out: the
 * child's exit status. It knows no command: the command line decides which commands are worth a child JVM.
 */
package net.techmonitor.site.launch;
